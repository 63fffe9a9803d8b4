package org.chorus.petition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.chorus.petition.web.FormGuard.Verdict;
import org.junit.jupiter.api.Test;

class FormGuardTest {

    private static final byte[] KEY = new byte[32];
    private static final Instant SERVED = Instant.parse("2026-11-28T08:00:00Z");

    private final FormGuard guard = new FormGuard(KEY, Duration.ofSeconds(3), Duration.ofHours(24));

    @Test
    void aPersonsPaceWithinTheDayPasses() {
        String started = guard.stamp("p", SERVED);
        assertEquals(Verdict.PASS, guard.check("p", "", started, SERVED.plusSeconds(3)));
        assertEquals(Verdict.PASS, guard.check("p", null, started, SERVED.plus(Duration.ofHours(24))));
    }

    @Test
    void fasterThanTheMinimumOrOlderThanTheMaximumIsSentAgain() {
        String started = guard.stamp("p", SERVED);
        assertEquals(Verdict.RETRY, guard.check("p", "", started, SERVED.plusMillis(2_999)));
        assertEquals(Verdict.RETRY, guard.check("p", "", started, SERVED.minusSeconds(10)));
        assertEquals(Verdict.RETRY, guard.check("p", "", started, SERVED.plus(Duration.ofHours(24)).plusMillis(1)));
    }

    @Test
    void aStartTimeNotSignedByUsForThisPetitionIsSentAgain() {
        String started = guard.stamp("p", SERVED);
        String backdated = SERVED.minusSeconds(60).toEpochMilli() + started.substring(started.indexOf('.'));
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] = 1;
        String otherKeys = new FormGuard(otherKey, Duration.ofSeconds(3), Duration.ofHours(24)).stamp("p", SERVED);
        Instant later = SERVED.plusSeconds(30);
        assertEquals(Verdict.RETRY, guard.check("p", "", backdated, later));
        assertEquals(Verdict.RETRY, guard.check("p", "", otherKeys, later));
        assertEquals(Verdict.RETRY, guard.check("other", "", started, later));
        for (String garbage : new String[] { null, "", ".", "123", "abc.def", "99999999999999999999.x" }) {
            assertEquals(Verdict.RETRY, guard.check("p", "", garbage, later), garbage);
        }
    }

    @Test
    void aFilledHoneypotIsABotWhateverElse() {
        assertEquals(Verdict.BOT, guard.check("p", "http://spam.example", guard.stamp("p", SERVED),
                SERVED.plusSeconds(30)));
        assertEquals(Verdict.BOT, guard.check("p", " ", null, SERVED));
    }
}
