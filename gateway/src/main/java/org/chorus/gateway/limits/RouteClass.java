package org.chorus.gateway.limits;

import java.util.regex.Pattern;

import org.chorus.gateway.routing.LoginRules;

import io.vertx.core.http.HttpMethod;

/** The kinds of request that have a rate limit of their own, so that a flood of one kind leaves the others alone. */
public enum RouteClass {

    /** Signing, and the confirm and withdraw steps that follow it: each one writes to the database. */
    SIGNING,
    /** Every other public request: pages, petitions, tallies, the widget. */
    READING,
    /** The staff APIs, which need a bearer token, and the staff console's pages. */
    STAFF,
    /** The partner API (/api/partner/**), used by partners' servers. */
    PARTNER;

    private static final Pattern SIGNING_PATHS = Pattern.compile(
            "/api/petitions/[^/]+/signatures"
                    + "|/p/[^/]+"
                    + "|/embed/[^/]+(/.*)?"
                    + "|/api/signatures/(confirm|withdraw)"
                    // the landing pages' buttons: /confirm?token= confirms, /withdraw?token= erases
                    + "|/confirm|/withdraw");

    private static final String PARTNER_API = "/api/partner";
    private static final String CONSOLE = "/console";

    /** @param path the normalized path, as the gateway routes it */
    public static RouteClass of(HttpMethod method, String path) {
        if (path.equals(PARTNER_API) || path.startsWith(PARTNER_API + "/")) {
            return PARTNER;
        }
        if (path.equals(CONSOLE) || path.startsWith(CONSOLE + "/")) {
            return STAFF;
        }
        if (method == HttpMethod.POST && SIGNING_PATHS.matcher(path).matches()) {
            return SIGNING;
        }
        return LoginRules.requiresLogin(method, path) ? STAFF : READING;
    }
}
