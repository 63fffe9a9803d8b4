package org.chorus.gateway.limits;

/**
 * What one gateway replica allows one client address in one route class: {@code burst} requests at once, refilled
 * at {@code perMinute}.
 */
public record Budget(double perMinute, int burst) {

    public Budget {
        if (!(perMinute > 0) || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of 1 or more");
        }
    }

    /**
     * The share of one of {@code replicas} gateways: each enforces its part of the configured limit on its own, so
     * that together they allow about the configured limit. The burst is rounded up, so that it never drops to 0.
     */
    public static Budget perReplica(int perMinute, int burst, int replicas) {
        if (replicas < 1) {
            throw new IllegalArgumentException("chorus.gateway.replicas must be 1 or more, not " + replicas);
        }
        return new Budget(perMinute / (double) replicas, (burst + replicas - 1) / replicas);
    }
}
