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
}
