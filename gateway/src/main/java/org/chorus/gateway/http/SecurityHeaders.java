package org.chorus.gateway.http;

import java.util.Locale;

import io.vertx.core.MultiMap;

/**
 * Headers that every response leaving the gateway carries. A downstream that decides about framing itself (the
 * embeddable sign form does) keeps its decision.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains("Referrer-Policy")) {
            headers.set("Referrer-Policy", "no-referrer");
        }
        if (!framingDecided(headers)) {
            headers.set("X-Frame-Options", "DENY");
        }
    }

    private static boolean framingDecided(MultiMap headers) {
        return headers.contains("X-Frame-Options")
                || headers.getAll("Content-Security-Policy").stream()
                        .anyMatch(policy -> policy.toLowerCase(Locale.ROOT).contains("frame-ancestors"));
    }
}
