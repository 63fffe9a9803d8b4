package org.chorus.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AddressBucketsTest {

    /** 60 a minute: one token a second, 3 at once. */
    private static final Budget BUDGET = new Budget(60, 3);

    private final AtomicLong now = new AtomicLong();

    @Test
    void burstPassesThenTheNextWaitsForItsToken() {
        AddressBuckets buckets = new AddressBuckets(BUDGET, 100, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), buckets.take("203.0.113.7"));
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), buckets.take("203.0.113.7"));

        now.addAndGet(Duration.ofMillis(400).toNanos());
        assertEquals(Optional.of(Duration.ofMillis(600)), buckets.take("203.0.113.7"));
        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertEquals(Optional.empty(), buckets.take("203.0.113.7"));
    }

    @Test
    void addressesCountSeparately() {
        AddressBuckets buckets = new AddressBuckets(new Budget(60, 1), 100, now::get);
        assertEquals(Optional.empty(), buckets.take("203.0.113.7"));
        assertTrue(buckets.take("203.0.113.7").isPresent());
        assertEquals(Optional.empty(), buckets.take("203.0.113.8"));
    }

    @Test
    void addressesWhoseBudgetRefilledAreForgotten() {
        AddressBuckets buckets = new AddressBuckets(BUDGET, 100, now::get);
        buckets.take("203.0.113.1");
        buckets.take("203.0.113.2");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        buckets.take("203.0.113.3");
        assertEquals(3, buckets.trackedAddresses());

        // 3 s after their last request, .1 and .2 are full again; .3 is not yet
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        buckets.take("203.0.113.4");
        assertEquals(2, buckets.trackedAddresses());
    }

    @Test
    void memoryStaysBoundedAndTheLeastRecentlySeenGoFirst() {
        AddressBuckets buckets = new AddressBuckets(new Budget(60, 1), 1000, now::get);
        buckets.take("198.51.100.1");
        for (int i = 0; i < 5000; i++) {
            buckets.take("10.0." + i / 256 + "." + i % 256);
            if (i == 4000) {
                buckets.take("198.51.100.1");   // its bucket is empty and it stays among the recently seen
            }
        }
        assertEquals(1000, buckets.trackedAddresses());
        assertTrue(buckets.take("198.51.100.1").isPresent(), "a recently seen address keeps its count");
        assertEquals(Optional.empty(), buckets.take("10.0.0.0"), "the least recently seen were forgotten");
    }
}
