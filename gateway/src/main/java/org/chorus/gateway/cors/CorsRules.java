package org.chorus.gateway.cors;

import java.util.Set;

import io.vertx.core.http.HttpMethod;

/**
 * The requests a partner's page may make from its own origin: read a petition and its tally (also as a stream) and
 * sign it. Nothing else: staff and partner APIs, confirming and withdrawing are never open to another origin.
 */
public final class CorsRules {

    private static final String PETITIONS = "/api/petitions/";
    private static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<HttpMethod> SIGN = Set.of(HttpMethod.POST);

    private CorsRules() {
    }

    /** @return the methods another origin may use on this (normalized) path; empty for every other path. */
    public static Set<HttpMethod> methods(String path) {
        if (!path.startsWith(PETITIONS)) {
            return Set.of();
        }
        String[] segments = path.substring(PETITIONS.length()).split("/", -1);
        if (segments[0].isEmpty()) {
            return Set.of();
        }
        return switch (segments.length) {
            case 1 -> READ;
            case 2 -> switch (segments[1]) {
                case "tally" -> READ;
                case "signatures" -> SIGN;
                default -> Set.of();
            };
            case 3 -> segments[1].equals("tally") && segments[2].equals("stream") ? READ : Set.of();
            default -> Set.of();
        };
    }
}
