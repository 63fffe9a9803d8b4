package org.chorus.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

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

    /** The staff console, which signs people in itself (Keycloak) and answers everything under /console. */
    @WithDefault("http://localhost:8084")
    URI consoleUrl();

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

    /**
     * How many replicas of the gateway share the traffic. Each one counts on its own and enforces its share of the
     * rate limits (limit / replicas), so that together they allow about the configured limit.
     */
    @WithDefault("1")
    int replicas();

    /**
     * Proxies in front of the gateway (addresses or networks such as 10.0.0.0/8) whose X-Forwarded-For names the
     * client. A request from anyone else counts against its own TCP peer address.
     */
    @WithDefault("127.0.0.1,::1")
    Set<String> trustedProxies();

    RateLimits rateLimits();

    interface RateLimits {

        /** Off: every request goes through, whatever its rate. */
        @WithDefault("true")
        boolean enabled();

        /** Client addresses remembered per route class; beyond it the least recently seen are forgotten. */
        @WithDefault("50000")
        int maxTrackedAddresses();

        /** Signing, confirming and withdrawing. */
        Limit signing();

        /** Every other public request. */
        Limit reading();

        /** The staff APIs (those that need a bearer token), counted before the token is checked. */
        Limit staff();

        /** The partner API, /api/partner/**. */
        Limit partner();
    }

    /** Requests one client address may make, together, through all replicas. */
    interface Limit {

        /** The sustained rate. */
        int perMinute();

        /** How many may come at once, after a quiet spell. */
        int burst();
    }

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
