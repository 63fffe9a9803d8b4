package org.chorus.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();

    /** 60 a minute: one token a second, 3 at once. */
    private TokenBuckets oneASecondThreeAtOnce(int maxKeys) {
        return new TokenBuckets(60, 3, maxKeys, now::get);
    }

    @Test
    void burstPassesThenTheNextWaitsForItsToken() {
        TokenBuckets buckets = oneASecondThreeAtOnce(100);
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
    void requestsPerPeriodComeBackEvenlyOverThePeriod() {
        TokenBuckets buckets = TokenBuckets.of(3, Duration.ofMinutes(1), 100, now::get);
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("a").isEmpty());
        }
        assertEquals(Duration.ofSeconds(20), buckets.take("a").orElseThrow());
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        assertTrue(buckets.take("a").isEmpty());
        assertTrue(buckets.take("a").isPresent());
    }

    @Test
    void keysCountSeparately() {
        TokenBuckets buckets = new TokenBuckets(60, 1, 100, now::get);
        assertEquals(Optional.empty(), buckets.take("203.0.113.7"));
        assertTrue(buckets.take("203.0.113.7").isPresent());
        assertEquals(Optional.empty(), buckets.take("203.0.113.8"));
    }

    @Test
    void keysWhoseBudgetRefilledAreForgotten() {
        TokenBuckets buckets = oneASecondThreeAtOnce(100);
        buckets.take("203.0.113.1");
        buckets.take("203.0.113.2");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        buckets.take("203.0.113.3");
        assertEquals(3, buckets.trackedKeys());

        // 3 s after their last request, .1 and .2 are full again; .3 is not yet
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        buckets.take("203.0.113.4");
        assertEquals(2, buckets.trackedKeys());
    }

    @Test
    void memoryStaysBoundedAndTheLeastRecentlySeenGoFirst() {
        TokenBuckets buckets = new TokenBuckets(60, 1, 1000, now::get);
        buckets.take("198.51.100.1");
        for (int i = 0; i < 5000; i++) {
            buckets.take("10.0." + i / 256 + "." + i % 256);
            if (i == 4000) {
                buckets.take("198.51.100.1");   // its bucket is empty and it stays among the recently seen
            }
        }
        assertEquals(1000, buckets.trackedKeys());
        assertTrue(buckets.take("198.51.100.1").isPresent(), "a recently seen key keeps its count");
        assertEquals(Optional.empty(), buckets.take("10.0.0.0"), "the least recently seen were forgotten");
    }

    @Test
    void aLimitThatAllowsNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 1, 1, now::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(60, 0, 1, now::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(60, 1, 0, now::get));
        assertThrows(IllegalArgumentException.class, () -> TokenBuckets.of(1, Duration.ZERO, 1, now::get));
    }
}
