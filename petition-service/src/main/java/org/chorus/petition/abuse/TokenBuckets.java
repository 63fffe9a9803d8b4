package org.chorus.petition.abuse;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a client address, an email domain): {@code capacity} requests at once, refilled evenly
 * over {@code period}. Kept in memory, so each instance of the service counts on its own. Buckets that have filled
 * up again are forgotten, so the map holds only keys that were busy lately.
 */
public final class TokenBuckets {

    private static final int SWEEP_EVERY = 4096;

    private final double capacity;
    private final double refillPerNano;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int untilSweep = SWEEP_EVERY;

    public TokenBuckets(int capacity, Duration period, LongSupplier nanoClock) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a capacity of 1 or more and a positive period");
        }
        this.capacity = capacity;
        this.refillPerNano = capacity / (double) period.toNanos();
        this.nanoClock = nanoClock;
    }

    /** @return empty if the request may go ahead (and takes a token), else how long until a token is free */
    public Optional<Duration> take(String key) {
        sweepNowAndThen();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoClock.getAsLong()));
        synchronized (bucket) {
            long now = nanoClock.getAsLong();
            bucket.refill(now, capacity, refillPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) / refillPerNano);
            return Optional.of(Duration.ofNanos(wait));
        }
    }

    int trackedKeys() {
        return buckets.size();
    }

    private void sweepNowAndThen() {
        if (--untilSweep > 0) {
            return;
        }
        untilSweep = SWEEP_EVERY;
        long now = nanoClock.getAsLong();
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                entry.getValue().refill(now, capacity, refillPerNano);
                return entry.getValue().tokens >= capacity;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now, double capacity, double refillPerNano) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * refillPerNano);
            refilledAt = now;
        }
    }
}
