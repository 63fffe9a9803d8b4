package org.chorus.limits;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a client address, an email domain), in memory and bounded: {@code burst} requests at
 * once, refilled evenly at {@code perMinute}. Each instance of a service counts on its own. A bucket that has filled
 * up again is the same as no bucket, so it is forgotten; the map is kept in order of last use, which makes the idle
 * ones easy to find at its head. When more than {@code maxKeys} are busy at once (a flood from very many addresses),
 * the least recently seen are forgotten too: they gain a fresh burst at most, and memory stays bounded whatever
 * arrives.
 */
public final class TokenBuckets {

    private final double capacity;
    private final double refillPerNano;
    private final long nanosToFill;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    public TokenBuckets(double perMinute, int burst, int maxKeys, LongSupplier nanoClock) {
        if (!(perMinute > 0) || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate, a burst of 1 or more and room for "
                    + "1 key or more");
        }
        this.capacity = burst;
        this.refillPerNano = perMinute / Duration.ofMinutes(1).toNanos();
        this.nanosToFill = (long) Math.ceil(capacity / refillPerNano);
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    /** {@code requests} at once, refilled evenly over {@code period}. */
    public static TokenBuckets of(int requests, Duration period, int maxKeys, LongSupplier nanoClock) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive period");
        }
        return new TokenBuckets(requests * (double) Duration.ofMinutes(1).toNanos() / period.toNanos(), requests,
                maxKeys, nanoClock);
    }

    /** @return empty if the request may go ahead (and takes a token), else how long until a token is free */
    public synchronized Optional<Duration> take(String key) {
        long now = nanoClock.getAsLong();
        forgetIdle(now);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = new Bucket(capacity, now);
            buckets.put(key, bucket);
            forgetLeastRecentBeyondTheCap();
        }
        bucket.refill(now, capacity, refillPerNano);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / refillPerNano)));
    }

    synchronized int trackedKeys() {
        return buckets.size();
    }

    /** Buckets are touched in map order, so the idle ones are all at the head. */
    private void forgetIdle(long now) {
        Iterator<Bucket> eldestFirst = buckets.values().iterator();
        while (eldestFirst.hasNext() && now - eldestFirst.next().refilledAt >= nanosToFill) {
            eldestFirst.remove();
        }
    }

    private void forgetLeastRecentBeyondTheCap() {
        Iterator<Map.Entry<String, Bucket>> eldestFirst = buckets.entrySet().iterator();
        while (buckets.size() > maxKeys) {
            eldestFirst.next();
            eldestFirst.remove();
        }
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
