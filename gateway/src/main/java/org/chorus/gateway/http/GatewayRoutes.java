package org.chorus.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;

/**
 * Puts the gateway on Quarkus' router: the edge handler first, then CORS (which answers preflights itself), the
 * proxy after Quarkus' own routes.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final int EDGE_ORDER = Integer.MIN_VALUE + 100;

    private final ProxyRoute proxyRoute;
    private final Cors cors;

    public GatewayRoutes(ProxyRoute proxyRoute, Cors cors) {
        this.proxyRoute = proxyRoute;
        this.cors = cors;
    }

    void register(@Observes Router router) {
        router.route().order(EDGE_ORDER).handler(new RequestEdge());
        router.route().order(EDGE_ORDER + 1).handler(cors);
        router.route().order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT).handler(proxyRoute);
        router.route().failureHandler(Problems::handleFailure);
    }
}
