package org.chorus.bench;

/**
 * When each request of an open-model load is due: request {@code i} at {@code start + i / rate}, whatever happened
 * to the requests before it. Latency is measured from this intended time, so a slow answer that delays the
 * sender still counts in full for every request it held up (no coordinated omission).
 */
record ArrivalSchedule(long startNanos, double ratePerSecond) {

    ArrivalSchedule {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("the rate must be positive");
        }
    }

    long intendedNanos(long i) {
        return startNanos + Math.round(i * 1e9 / ratePerSecond);
    }

    /** How many requests are due before {@code nanos}: those with {@code intendedNanos(i) < nanos}. */
    long countBefore(long nanos) {
        if (nanos <= startNanos) {
            return 0;
        }
        long estimate = (long) Math.floor((nanos - startNanos) * ratePerSecond / 1e9);
        // Rounding in intendedNanos can move a request across the bound by a nanosecond either way.
        while (estimate > 0 && intendedNanos(estimate - 1) >= nanos) {
            estimate--;
        }
        while (intendedNanos(estimate) < nanos) {
            estimate++;
        }
        return estimate;
    }
}
