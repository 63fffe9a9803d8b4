package org.chorus.petition.service;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web origins as a browser sends them in an Origin header and compares them in frame-ancestors and CORS:
 * {@code scheme://host[:port]}, scheme and host in lower case, the scheme's default port left out. A partner's
 * allowed origins are stored in this form, so that comparing them with a request's Origin is plain equality.
 */
public final class WebOrigins {

    /** A DNS name (labels of letters, digits and inner hyphens) or a bracketed IPv6 address; no wildcard. */
    private static final Pattern ORIGIN = Pattern.compile(
            "(https?)://([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*|\\[[0-9a-f:.]+])"
                    + "(:([0-9]{1,5}))?");

    private WebOrigins() {
    }

    /** The origin in its browser form, or empty when {@code value} is not exactly an http or https origin. */
    public static Optional<String> normalize(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ORIGIN.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String scheme = m.group(1);
        String host = m.group(2);
        String port = m.group(7);
        if (port == null) {
            return Optional.of(scheme + "://" + host);
        }
        int number = Integer.parseInt(port);
        if (number < 1 || number > 65535) {
            return Optional.empty();
        }
        boolean defaultPort = number == 80 && scheme.equals("http") || number == 443 && scheme.equals("https");
        return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + number));
    }
}
