package org.chorus.gateway.routing;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpMethod;

/**
 * Which requests need a bearer token before the gateway forwards them. Everything else is public (reading and
 * signing petitions, confirming, the widget, the partner API's document). The services check roles themselves; the gateway only keeps anonymous
 * callers away from the staff and partner APIs.
 */
public final class LoginRules {

    private static final List<String> STAFF_AND_PARTNER_PREFIXES = List.of(
            "/api/partners", "/api/partner", "/api/letters", "/api/notifications", "/api/audit");

    private static final String PETITIONS = "/api/petitions";

    /**
     * What follows /api/petitions/{slug}/ for staff only, even to read: the dashboard's numbers (stats) and the
     * preview of the public page, which shows drafts.
     */
    private static final Set<String> STAFF_CHILDREN = Set.of("publish", "close", "definition", "stats", "preview");

    private static final Pattern RECEIPT = Pattern.compile("/api/letters/batches/[^/]+/receipts/[^/]+");

    /** The partner API's OpenAPI document (petition-service), for partners' developers before they have a client. */
    private static final String PARTNER_DOCUMENT = "/api/partner/openapi";

    private LoginRules() {
    }

    public static boolean requiresLogin(HttpMethod method, String path) {
        if (isRead(method) && RECEIPT.matcher(path).matches()) {
            return false;   // a signer's receipt for a batch: the link is in their own email
        }
        if (isRead(method) && path.equals(PARTNER_DOCUMENT)) {
            return false;
        }
        if (STAFF_AND_PARTNER_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
            return true;
        }
        if (path.equals(PETITIONS)) {
            return true;   // the list of petitions, drafts included, and creating one are for staff
        }
        if (path.startsWith(PETITIONS + "/")) {
            return petitionRequiresLogin(method, path.substring(PETITIONS.length() + 1).split("/", -1));
        }
        return false;
    }

    /** segments: slug, then what follows it under /api/petitions/. */
    private static boolean petitionRequiresLogin(HttpMethod method, String[] segments) {
        String child = segments.length > 1 ? segments[1] : null;
        if ("signatures".equals(child)) {
            boolean signing = segments.length == 2 && method == HttpMethod.POST;
            return !signing;
        }
        if (child != null && STAFF_CHILDREN.contains(child)) {
            return true;
        }
        return !isRead(method);
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
