package org.chorus.gateway.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;

/**
 * Puts the gateway on Quarkus' router: the edge handler first, then CORS (which answers preflights itself) and the
 * declared body size, the proxy after Quarkus' own routes.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final int EDGE_ORDER = Integer.MIN_VALUE + 100;

    private final ProxyRoute proxyRoute;
    private final Cors cors;
    private final Optional<MemorySize> maxBodySize;

    public GatewayRoutes(ProxyRoute proxyRoute, Cors cors,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.proxyRoute = proxyRoute;
        this.cors = cors;
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        router.route().order(EDGE_ORDER).handler(new RequestEdge());
        router.route().order(EDGE_ORDER + 1).handler(cors);
        // after CORS, so that a partner's page can read the 413
        maxBodySize.ifPresent(limit -> router.route().order(EDGE_ORDER + 2)
                .handler(new DeclaredBodySize(limit.asLongValue())));
        router.route().order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT).handler(proxyRoute);
        router.route().failureHandler(Problems::handleFailure);
    }
}
