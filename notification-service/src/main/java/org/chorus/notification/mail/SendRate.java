package org.chorus.notification.mail;

import java.util.function.LongSupplier;

/**
 * The global sending rate: at most {@code perSecond} emails a second, evenly, with a burst of at most one second's
 * worth after a quiet time. During a spike the rest waits in the queue, and the machine's CPU stays with signing.
 */
final class SendRate {

    /** Waits a number of nanoseconds; a test passes one that only moves its clock. */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private static final double NANOS_PER_SECOND = 1e9;

    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private double permits;
    private long refilledAt;

    SendRate(int perSecond, LongSupplier clock, Sleeper sleeper) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("chorus.notification.sender.max-per-second must be at least 1");
        }
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.burst = perSecond;
        this.clock = clock;
        this.sleeper = sleeper;
        this.permits = burst;
        this.refilledAt = clock.getAsLong();
    }

    static SendRate perSecond(int perSecond) {
        return new SendRate(perSecond, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /** Returns when one more email may go. */
    void acquire() throws InterruptedException {
        refill();
        if (permits < 1) {
            sleeper.sleep((long) Math.ceil((1 - permits) / perNano));
            refill();
        }
        permits = Math.max(0, permits - 1);
    }

    /** The permit of an email that did not go after all (none was due, or it was held for its domain). */
    void giveBack() {
        permits = Math.min(burst, permits + 1);
    }

    private void refill() {
        long now = clock.getAsLong();
        permits = Math.min(burst, permits + (now - refilledAt) * perNano);
        refilledAt = now;
    }
}
