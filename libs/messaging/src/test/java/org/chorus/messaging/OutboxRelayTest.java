package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** When the relay passes again at once, and when it waits to be woken. */
class OutboxRelayTest {

    private static final int BATCH = 10;
    /** Longer than any test waits: a pass within it was not the relay's own poll. */
    private static final Duration POLL = Duration.ofMinutes(1);

    /** Passes that take the given numbers of events, then none; counts the passes. */
    private static final class Passes implements OutboxRelay.Pass {
        private final ConcurrentLinkedQueue<Integer> taken = new ConcurrentLinkedQueue<>();
        private final AtomicInteger count = new AtomicInteger();

        Passes(Integer... taken) {
            this.taken.addAll(List.of(taken));
        }

        @Override
        public OutboxBatch.Result relayOnce() {
            count.incrementAndGet();
            Integer n = taken.poll();
            return n == null ? new OutboxBatch.Result(0, 0) : new OutboxBatch.Result(n, n);
        }

        int count() {
            return count.get();
        }
    }

    @Test
    void aPassThatTookLessThanABatchWaitsForTheNextWakeUp() throws Exception {
        Passes passes = new Passes(3, 2);
        OutboxRelay relay = new OutboxRelay(passes, deleted -> { }, BATCH, POLL);
        relay.start();
        try {
            awaitPasses(passes, 1);
            Thread.sleep(500);
            assertEquals(1, passes.count(), "the relay looked again although its last pass emptied the outbox");

            relay.wake();
            awaitPasses(passes, 2);
            Thread.sleep(500);
            assertEquals(2, passes.count());
        } finally {
            relay.stop();
        }
    }

    @Test
    void aFullBatchIsFollowedAtOnceByAnotherPass() throws Exception {
        Passes passes = new Passes(BATCH, BATCH, 4);
        OutboxRelay relay = new OutboxRelay(passes, deleted -> { }, BATCH, POLL);
        relay.start();
        try {
            awaitPasses(passes, 3);
            Thread.sleep(500);
            assertEquals(3, passes.count(), "two full batches, then one that emptied the outbox");
        } finally {
            relay.stop();
        }
    }

    private static void awaitPasses(Passes passes, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (passes.count() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(passes.count() >= n, "only " + passes.count() + " of " + n + " passes within 10 s");
    }
}
