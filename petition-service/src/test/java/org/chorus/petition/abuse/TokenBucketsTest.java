package org.chorus.petition.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(3, Duration.ofMinutes(1), now::get);

    @Test
    void aBurstUpToTheCapacityPassesThenTheNextWaitsForOneRefill() {
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take("a").isEmpty());
        }
        Optional<Duration> wait = buckets.take("a");
        assertEquals(Duration.ofSeconds(20), wait.orElseThrow());
    }

    @Test
    void tokensComeBackEvenlyOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        assertTrue(buckets.take("a").isEmpty());
        assertTrue(buckets.take("a").isPresent());
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        assertTrue(buckets.take("a").isPresent());
        assertTrue(buckets.take("b").isEmpty());
    }

    @Test
    void bucketsThatFilledUpAgainAreForgotten() {
        for (int i = 0; i < 5000; i++) {
            buckets.take("key-" + i);
        }
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        for (int i = 0; i < 5000; i++) {
            buckets.take("other-" + i);
        }
        assertTrue(buckets.trackedKeys() < 10000, "idle buckets were swept: " + buckets.trackedKeys());
    }
}
