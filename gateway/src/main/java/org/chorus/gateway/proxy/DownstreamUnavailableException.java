package org.chorus.gateway.proxy;

/** A downstream could not be reached, did not answer in time, or its circuit breaker is open. */
public class DownstreamUnavailableException extends RuntimeException {

    private final String serviceName;
    private final int retryAfterSeconds;

    public DownstreamUnavailableException(String serviceName, int retryAfterSeconds) {
        super(serviceName + " unavailable", null, false, false);
        this.serviceName = serviceName;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String serviceName() {
        return serviceName;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
