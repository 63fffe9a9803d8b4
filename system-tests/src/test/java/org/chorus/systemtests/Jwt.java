package org.chorus.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a test reads from a token's claims (not checked: the services do that). */
final class Jwt {

    private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

    private Jwt() {
    }

    /** The token's expiry, in seconds since the epoch. */
    static long expiresAt(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher exp = EXP.matcher(claims);
        if (!exp.find()) {
            throw new AssertionError("token without exp");
        }
        return Long.parseLong(exp.group(1));
    }
}
