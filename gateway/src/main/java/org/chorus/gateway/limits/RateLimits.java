package org.chorus.gateway.limits;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.gateway.config.GatewayConfig;
import org.chorus.limits.TokenBuckets;

import io.vertx.core.http.HttpServerRequest;

/**
 * Rate limits per client address and route class (chorus.gateway.rate-limits). Each replica of the gateway counts
 * on its own and allows its share of the configured limit (chorus.gateway.replicas): no shared state on the path of
 * every request.
 */
@ApplicationScoped
public class RateLimits {

    private final boolean enabled;
    private final ClientAddresses clients;
    private final Map<RouteClass, TokenBuckets> buckets = new EnumMap<>(RouteClass.class);

    public RateLimits(GatewayConfig config) {
        GatewayConfig.RateLimits limits = config.rateLimits();
        this.enabled = limits.enabled();
        this.clients = new ClientAddresses(config.trustedProxies());
        for (RouteClass routeClass : RouteClass.values()) {
            GatewayConfig.Limit limit = limitOf(limits, routeClass);
            Budget budget = Budget.perReplica(limit.perMinute(), limit.burst(), config.replicas());
            buckets.put(routeClass, new TokenBuckets(budget.perMinute(), budget.burst(), limits.maxTrackedAddresses(),
                    System::nanoTime));
        }
    }

    /**
     * Takes one request's token from its client's bucket for its route class.
     *
     * @param path the normalized path, as the gateway routes it
     * @return empty when the request may go on, else how long the client should wait
     */
    public Optional<Duration> take(HttpServerRequest request, String path) {
        if (!enabled) {
            return Optional.empty();
        }
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String client = clients.keyOf(peer, request.headers().getAll("X-Forwarded-For"));
        return buckets.get(RouteClass.of(request.method(), path)).take(client);
    }

    private static GatewayConfig.Limit limitOf(GatewayConfig.RateLimits limits, RouteClass routeClass) {
        return switch (routeClass) {
            case SIGNING -> limits.signing();
            case READING -> limits.reading();
            case STAFF -> limits.staff();
            case PARTNER -> limits.partner();
        };
    }
}
