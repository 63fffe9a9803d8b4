package org.chorus.gateway.proxy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Counts consecutive connection failures of one downstream. At the threshold it opens: requests fail fast until the
 * open period is over, then they are let through again; the next failure reopens it, the next success closes it.
 */
public final class CircuitBreaker {

    private final int threshold;
    private final long openNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile long openUntil;

    public CircuitBreaker(int threshold, Duration openDuration, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    public boolean allowsRequest() {
        return consecutiveFailures.get() < threshold || nanoClock.getAsLong() - openUntil >= 0;
    }

    /** @return true when this failure is the one that reached the threshold */
    public boolean recordFailure() {
        int failures = consecutiveFailures.incrementAndGet();
        if (failures >= threshold) {
            openUntil = nanoClock.getAsLong() + openNanos;
        }
        return failures == threshold;
    }

    public void recordSuccess() {
        consecutiveFailures.set(0);
    }
}
