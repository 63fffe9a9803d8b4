package org.chorus.gateway.proxy;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.gateway.config.GatewayConfig;
import org.chorus.gateway.routing.Downstream;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;

/** One HTTP client and one circuit breaker per downstream service. */
@ApplicationScoped
public class DownstreamClients {

    /** Plenty: every open event stream holds one connection for as long as the browser listens. */
    private static final int MAX_CONNECTIONS_PER_SERVICE = 1000;

    /** A downstream: where it lives (base path included), its client and its breaker. */
    public record Target(Downstream downstream, URI baseUrl, HttpClient client, CircuitBreaker breaker) {

        String uri(String pathAndQuery) {
            String basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
            return basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) + pathAndQuery
                    : basePath + pathAndQuery;
        }

        String serviceName() {
            return downstream.serviceName();
        }
    }

    private final Map<Downstream, Target> targets = new EnumMap<>(Downstream.class);

    public DownstreamClients(Vertx vertx, GatewayConfig config) {
        for (Downstream downstream : Downstream.values()) {
            URI url = urlOf(downstream, config);
            boolean https = "https".equalsIgnoreCase(url.getScheme());
            HttpClientOptions options = new HttpClientOptions()
                    .setDefaultHost(url.getHost())
                    .setDefaultPort(url.getPort() > 0 ? url.getPort() : (https ? 443 : 80))
                    .setSsl(https)
                    .setConnectTimeout((int) config.connectTimeout().toMillis())
                    .setMaxPoolSize(MAX_CONNECTIONS_PER_SERVICE)
                    .setName("gateway-" + downstream.serviceName());
            CircuitBreaker breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().openDuration(), System::nanoTime);
            targets.put(downstream, new Target(downstream, url, vertx.createHttpClient(options), breaker));
        }
    }

    public Target target(Downstream downstream) {
        return targets.get(downstream);
    }

    @PreDestroy
    void close() {
        targets.values().forEach(target -> target.client().close());
    }

    private static URI urlOf(Downstream downstream, GatewayConfig config) {
        return switch (downstream) {
            case PETITION -> config.petitionServiceUrl();
            case LETTER -> config.letterServiceUrl();
            case NOTIFICATION -> config.notificationServiceUrl();
            case CONSOLE -> config.consoleUrl();
        };
    }
}
