package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    @Test
    void requestsAreDueAtFixedIntervalsFromTheStart() {
        ArrivalSchedule schedule = new ArrivalSchedule(5_000, 1000);

        assertEquals(5_000, schedule.intendedNanos(0));
        assertEquals(5_000 + 1_000_000, schedule.intendedNanos(1));
        assertEquals(5_000 + 300_000_000_000L, schedule.intendedNanos(300_000));
    }

    @Test
    void aRateThatDoesNotDivideASecondDoesNotDrift() {
        ArrivalSchedule schedule = new ArrivalSchedule(0, 3);

        assertEquals(333_333_333, schedule.intendedNanos(1));
        assertEquals(666_666_667, schedule.intendedNanos(2));
        assertEquals(3_600_000_000_000L, schedule.intendedNanos(3 * 3600));
    }

    @Test
    void theRateMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ArrivalSchedule(0, 0));
    }
}
