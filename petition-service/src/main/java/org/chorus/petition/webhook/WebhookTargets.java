package org.chorus.petition.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chorus.petition.config.PetitionConfig;
import org.chorus.proxies.TrustedProxies;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Where a webhook may lead: one rule for the URL staff register and for every call made to it. The URL is https
 * (plain http too on the local platform, in dev mode and tests), without user name, password or fragment, and its host
 * is on the public internet (PublicAddressPolicy): an IP address written plainly (four decimal numbers, or IPv6 in
 * brackets), or a DNS name all of whose addresses are public. Other ways of writing an IPv4 address (2130706433,
 * 0x7f000001, 0177.0.0.1, 127.1) are refused, since resolvers and HTTP clients read them differently; so are
 * {@code localhost} and the names under it.
 * <p>
 * At registration a name that does not resolve (yet) is accepted: nothing is called then, and every call checks again.
 * A call is made to the very address this check approved ({@link WebhookTarget}), so that a name answering otherwise
 * a moment later (DNS rebinding) leads nowhere else.
 */
@Startup
@ApplicationScoped
public class WebhookTargets {

    /** Why a URL is refused, in the words a 400 answer uses; none of them repeats the URL. */
    public enum Refusal {
        NOT_A_URL("must be an https URL such as https://example.org/chorus-webhook, without user name or password"),
        AMBIGUOUS_HOST("must name its host by a DNS name or a plain IP address: four decimal numbers, or IPv6 in"
                + " brackets"),
        NOT_PUBLIC("must lead to the public internet: loopback, private, link-local and other special-purpose"
                + " addresses are refused"),
        /** Only when calling: the name has no address now. */
        UNRESOLVED("must have a host name that resolves");

        public final String message;

        Refusal(String message) {
            this.message = message;
        }
    }

    /** A URL that may not be called, and why. */
    public static final class Refused extends Exception {

        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.message, null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * What besides https to public addresses is allowed here, checked against where the service runs.
     *
     * @param allowHttp plain http URLs too
     * @param testReceivers host literals (loopback addresses) called as they are
     */
    record Rules(boolean allowHttp, Set<String> testReceivers) {

        static Rules of(PetitionConfig.Webhooks config, LaunchMode mode, List<String> profiles) {
            Rules rules = new Rules(config.allowHttp(), config.testReceivers().orElse(Set.of()));
            if (rules.allowHttp && !mode.isDevOrTest() && !profiles.contains("local")) {
                throw new IllegalStateException("chorus.petition.webhooks.allow-http is for the local platform, dev"
                        + " mode and tests only: partners' webhooks are called over https");
            }
            if (!rules.testReceivers.isEmpty() && !mode.isDevOrTest()) {
                throw new IllegalStateException("chorus.petition.webhooks.test-receivers is for tests and dev mode"
                        + " only: elsewhere webhooks are called at public addresses alone");
            }
            for (String receiver : rules.testReceivers) {
                InetAddress address = TrustedProxies.literal(receiver);
                if (address == null || !address.isLoopbackAddress() || receiver.contains(":")) {
                    throw new IllegalStateException("chorus.petition.webhooks.test-receivers lists loopback IPv4"
                            + " addresses only, such as 127.0.0.1");
                }
            }
            return rules;
        }
    }

    /** What WHATWG URL parsers take for an IPv4 address: a last label that is a number, decimal or hex. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");

    private final Rules rules;
    private final HostResolver resolver;

    @Inject
    public WebhookTargets(PetitionConfig config, HostResolver resolver) {
        this(Rules.of(config.webhooks(), LaunchMode.current(), ConfigUtils.getProfiles()), resolver);
    }

    WebhookTargets(Rules rules, HostResolver resolver) {
        this.rules = rules;
        this.resolver = resolver;
    }

    /**
     * For a URL being registered.
     *
     * @return why it may not be registered, or nothing if it may
     */
    public Optional<Refusal> refusal(String url) {
        try {
            check(url, false);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.refusal());
        }
    }

    /**
     * For a call about to be made: resolves the URL's host now.
     *
     * @return where to connect and what to send
     * @throws Refused when the URL may not be called, or its name does not resolve
     */
    public WebhookTarget target(String url) throws Refused {
        return check(url, true);
    }

    /** @return the target, or null when registering and the name does not resolve */
    private WebhookTarget check(String url, boolean calling) throws Refused {
        URI uri = parse(url);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !(rules.allowHttp && "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new Refused(Refusal.NOT_A_URL);
        }
        String host = uri.getHost();
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String requestUri = (uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        InetAddress address = addressOf(host, calling);
        return address == null ? null
                : new WebhookTarget(https, unbracketed(host), port, requestUri, withoutName(address));
    }

    /** An absolute URL with a host (and no user info, fragment or port out of range), or why not. */
    private static URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused(Refusal.NOT_A_URL);
        }
        if (uri.getScheme() == null || uri.isOpaque() || uri.getRawAuthority() == null
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null || uri.getPort() == 0
                || uri.getPort() > 65535) {
            throw new Refused(Refusal.NOT_A_URL);
        }
        if (uri.getHost() == null) {
            // java.net.URI takes 127.1 or 0x7f.1 for no host at all; a browser takes them for 127.0.0.1
            String authority = uri.getRawAuthority();
            throw new Refused(!authority.contains("@") && endsInANumber(authority.replaceFirst(":[0-9]*$", ""))
                    ? Refusal.AMBIGUOUS_HOST : Refusal.NOT_A_URL);
        }
        return uri;
    }

    private InetAddress addressOf(String host, boolean calling) throws Refused {
        if (rules.testReceivers.contains(host)) {
            return TrustedProxies.literal(host);
        }
        if (host.startsWith("[")) {
            return publicOrRefused(literal(host));
        }
        String name = host.toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (endsInANumber(name)) {
            if (!DOTTED_QUAD.matcher(name).matches()) {
                throw new Refused(Refusal.AMBIGUOUS_HOST);
            }
            return publicOrRefused(literal(name));
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            throw new Refused(Refusal.NOT_PUBLIC);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            addresses = List.of();
        }
        if (addresses.isEmpty()) {
            if (calling) {
                throw new Refused(Refusal.UNRESOLVED);
            }
            return null;
        }
        for (InetAddress address : addresses) {
            publicOrRefused(address);
        }
        return addresses.get(0);
    }

    private static InetAddress literal(String host) throws Refused {
        InetAddress address = TrustedProxies.literal(host);
        if (address == null) {
            throw new Refused(Refusal.NOT_A_URL);
        }
        return address;
    }

    private static InetAddress publicOrRefused(InetAddress address) throws Refused {
        if (!PublicAddressPolicy.isPublic(address)) {
            throw new Refused(Refusal.NOT_PUBLIC);
        }
        return address;
    }

    private static boolean endsInANumber(String host) {
        String[] labels = host.split("\\.");
        return labels.length > 0 && NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches();
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** The same address without the name it was found under, so that nothing downstream looks the name up again. */
    private static InetAddress withoutName(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
