package org.chorus.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SendRateTest {

    private long now = 1_000_000_000L;
    private final List<Long> slept = new ArrayList<>();

    private SendRate rate(int perSecond) {
        return new SendRate(perSecond, () -> now, nanos -> {
            slept.add(nanos);
            now += nanos;
        });
    }

    @Test
    void aQuietSenderMaySendOneSecondsWorthAtOnce() throws InterruptedException {
        SendRate rate = rate(10);
        for (int i = 0; i < 10; i++) {
            rate.acquire();
        }
        assertEquals(List.of(), slept);
    }

    @Test
    void beyondTheBurstEmailsLeaveEvenlyAtTheRate() throws InterruptedException {
        SendRate rate = rate(10);
        for (int i = 0; i < 10; i++) {
            rate.acquire();
        }
        rate.acquire();
        rate.acquire();
        assertEquals(List.of(100_000_000L, 100_000_000L), slept);
    }

    @Test
    void timeSpentElsewhereCountsTowardsTheNextEmail() throws InterruptedException {
        SendRate rate = rate(10);
        for (int i = 0; i < 10; i++) {
            rate.acquire();
        }
        now += 60_000_000L;
        rate.acquire();
        assertEquals(List.of(40_000_000L), slept);
    }

    @Test
    void aRateBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rate(0));
    }
}
