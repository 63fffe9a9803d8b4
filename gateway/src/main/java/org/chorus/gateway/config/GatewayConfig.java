package org.chorus.gateway.config;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "chorus.gateway")
public interface GatewayConfig {

    @WithDefault("http://localhost:8081")
    URI petitionServiceUrl();

    @WithDefault("http://localhost:8082")
    URI letterServiceUrl();

    @WithDefault("http://localhost:8083")
    URI notificationServiceUrl();

    /** How long to wait for a TCP connection to a downstream service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * How long a downstream may stay silent: before its response headers, and between two body chunks. Event streams
     * are exempt once their headers arrived, since a quiet stream is a healthy one.
     */
    @WithDefault("30s")
    Duration idleTimeout();

    /** Sent as Retry-After with every 503 the gateway creates. */
    @WithDefault("5")
    int retryAfterSeconds();

    /**
     * Whether responses carry Strict-Transport-Security. TLS ends before the gateway, so it cannot tell by itself
     * whether its public address is https; a browser that saw the header once refuses plain http to that host for
     * a year.
     */
    @WithDefault("false")
    boolean hsts();

    CircuitBreaker circuitBreaker();

    Cors cors();

    /**
     * CORS of the public read and sign APIs, for the web origins that partners registered (petition-service keeps
     * them; the gateway reads them from its /internal/partner-origins).
     */
    interface Cors {

        /** How often the registered origins are read again; also once at start. */
        @WithDefault("30s")
        Duration refreshEvery();

        /** A read that gets no answer for this long is given up; the origins known before stay in force. */
        @WithDefault("3s")
        Duration fetchTimeout();

        /** How long a browser may reuse the answer to a preflight (Access-Control-Max-Age). */
        @WithDefault("600s")
        Duration preflightMaxAge();
    }

    interface CircuitBreaker {

        /** Consecutive connection failures or timeouts that open the breaker of one downstream. */
        @WithDefault("5")
        int failureThreshold();

        /** While open, requests to that downstream fail fast with 503 without trying to connect. */
        @WithDefault("10s")
        Duration openDuration();
    }
}
