package org.chorus.petition.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(2));

    @Test
    void eachFailedAttemptWaitsTheNextBackoffAndTheLastOneRepeats() {
        RetrySchedule schedule = new RetrySchedule(BACKOFF, 0, 5, () -> 0.5);
        assertEquals(Optional.of(NOW.plusSeconds(10)), schedule.next(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(30)), schedule.next(2, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(120)), schedule.next(3, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(120)), schedule.next(4, NOW));
    }

    @Test
    void afterTheLastAttemptThereIsNoNext() {
        RetrySchedule schedule = new RetrySchedule(BACKOFF, 0, 5, () -> 0.5);
        assertEquals(Optional.empty(), schedule.next(5, NOW));
        assertEquals(Optional.empty(), new RetrySchedule(BACKOFF, 0, 1, () -> 0.5).next(1, NOW));
    }

    @Test
    void jitterStretchesOrShortensTheWaitByUpToItsFraction() {
        assertEquals(Optional.of(NOW.plusSeconds(8)), new RetrySchedule(BACKOFF, 0.2, 5, () -> 0).next(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(10)), new RetrySchedule(BACKOFF, 0.2, 5, () -> 0.5).next(1, NOW));
        assertEquals(Optional.of(NOW.plusMillis(12_000)), new RetrySchedule(BACKOFF, 0.2, 5, () -> 0.9999).next(1, NOW));
    }

    @Test
    void aScheduleWithoutWaitsOrAttemptsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(List.of(), 0, 5, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(BACKOFF, 1.5, 5, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(BACKOFF, 0, 0, () -> 0));
    }
}
