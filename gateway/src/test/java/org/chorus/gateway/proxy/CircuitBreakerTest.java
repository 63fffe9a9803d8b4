package org.chorus.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAtTheThresholdOfConsecutiveFailures() {
        assertFalse(breaker.recordFailure());
        assertFalse(breaker.recordFailure());
        assertTrue(breaker.allowsRequest());
        assertTrue(breaker.recordFailure());
        assertFalse(breaker.allowsRequest());
    }

    @Test
    void successInBetweenResetsTheCount() {
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();
        breaker.recordFailure();
        assertTrue(breaker.allowsRequest());
    }

    @Test
    void letsRequestsThroughAfterTheOpenPeriodAndReopensOnTheNextFailure() {
        failThreeTimes();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(breaker.allowsRequest());

        breaker.recordFailure();
        assertFalse(breaker.allowsRequest());
    }

    @Test
    void closesOnSuccessAfterTheOpenPeriod() {
        failThreeTimes();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        breaker.recordSuccess();
        breaker.recordFailure();
        assertTrue(breaker.allowsRequest());
    }

    private void failThreeTimes() {
        for (int i = 0; i < 3; i++) {
            breaker.recordFailure();
        }
    }
}
