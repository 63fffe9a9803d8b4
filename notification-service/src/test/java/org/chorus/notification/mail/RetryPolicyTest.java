package org.chorus.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(3));
    private final SmtpFailure transientFailure = new SmtpFailure(false, false, "ConnectException");

    @Test
    void waitDoublesAfterEachFailureUpToTheCeiling() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
        assertEquals(Duration.ofMinutes(3), policy.delayAfter(4));
        assertEquals(Duration.ofMinutes(3), policy.delayAfter(1_000));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        Instant now = Instant.parse("2025-05-01T10:00:00Z");
        assertEquals(now.plusSeconds(120), policy.nextAttempt(3, transientFailure, now).orElseThrow());
        assertTrue(policy.nextAttempt(5, transientFailure, now).isEmpty());
    }

    @Test
    void givesUpAtOnceOnAPermanentRejection() {
        assertTrue(policy.nextAttempt(1, new SmtpFailure(true, true, "SMTP 550"), Instant.now()).isEmpty());
    }
}
