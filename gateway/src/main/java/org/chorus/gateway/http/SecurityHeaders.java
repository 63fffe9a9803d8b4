package org.chorus.gateway.http;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.chorus.gateway.config.GatewayConfig;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * Headers that every response leaving the gateway carries. A downstream that decides about framing itself (the
 * embeddable sign form does) keeps its decision, and so does one that sends its own Content-Security-Policy (the
 * petition pages, the embed page with its partner's frame-ancestors). Everything else (JSON, the gateway's own
 * problems, 404s) is nothing a browser should render as a page, so its policy allows nothing at all.
 */
@Singleton
final class SecurityHeaders {

    static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** With RequestEdge, before any route that may answer. */
    private static final int HSTS_ORDER = Integer.MIN_VALUE + 100;

    private final boolean hsts;

    SecurityHeaders(GatewayConfig config) {
        this.hsts = config.hsts();
    }

    /** HSTS is the one header that depends on configuration; RequestEdge applies the others to every response. */
    void register(@Observes Router router) {
        if (hsts) {
            router.route().order(HSTS_ORDER).handler(ctx -> {
                ctx.addHeadersEndHandler(
                        ignored -> ctx.response().headers().set("Strict-Transport-Security", HSTS));
                ctx.next();
            });
        }
    }

    static void apply(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains("Referrer-Policy")) {
            headers.set("Referrer-Policy", "no-referrer");
        }
        if (!framingDecided(headers)) {
            headers.set("X-Frame-Options", "DENY");
        }
        // A Report-Only policy enforces nothing, so it does not count as the downstream's own.
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", DEFAULT_POLICY);
        }
    }

    private static boolean framingDecided(MultiMap headers) {
        return headers.contains("X-Frame-Options")
                || headers.getAll("Content-Security-Policy").stream()
                        .anyMatch(policy -> policy.toLowerCase(Locale.ROOT).contains("frame-ancestors"));
    }
}
