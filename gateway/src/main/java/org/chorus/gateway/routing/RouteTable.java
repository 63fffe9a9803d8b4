package org.chorus.gateway.routing;

import java.util.List;
import java.util.Optional;

/**
 * Which downstream serves a (normalized) request path. A prefix rule matches the prefix itself and everything below
 * it, so {@code /api/partners} and {@code /api/partners/x} both go to the petition service.
 */
public final class RouteTable {

    private record Rule(String path, boolean orBelow, Downstream downstream) {

        boolean matches(String requestPath) {
            return requestPath.equals(path) || (orBelow && requestPath.startsWith(path + "/"));
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/api/petitions", true, Downstream.PETITION),
            new Rule("/api/signatures", true, Downstream.PETITION),
            new Rule("/api/partners", true, Downstream.PETITION),
            new Rule("/api/partner", true, Downstream.PETITION),
            new Rule("/p", true, Downstream.PETITION),
            new Rule("/embed", true, Downstream.PETITION),
            new Rule("/confirm", false, Downstream.PETITION),
            new Rule("/withdraw", false, Downstream.PETITION),
            new Rule("/widget.js", false, Downstream.PETITION),
            new Rule("/api/audit/petitions", false, Downstream.PETITION),
            new Rule("/api/letters", true, Downstream.LETTER),
            new Rule("/api/audit/letters", false, Downstream.LETTER),
            new Rule("/api/notifications", true, Downstream.NOTIFICATION),
            new Rule("/api/audit/notifications", false, Downstream.NOTIFICATION),
            new Rule("/unsubscribe", false, Downstream.NOTIFICATION),
            new Rule("/console", true, Downstream.CONSOLE));

    private RouteTable() {
    }

    public static Optional<Downstream> route(String path) {
        return RULES.stream().filter(rule -> rule.matches(path)).map(Rule::downstream).findFirst();
    }
}
