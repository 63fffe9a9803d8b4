package org.chorus.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.chorus.notification.config.NotificationConfig;

/** Exponential backoff between delivery attempts, with a ceiling, and a limit after which an email is FAILED. */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration firstRetryAfter;
    private final Duration maxRetryAfter;

    public static RetryPolicy of(NotificationConfig.Sender config) {
        return new RetryPolicy(config.maxAttempts(), config.firstRetryAfter(), config.maxRetryAfter());
    }

    RetryPolicy(int maxAttempts, Duration firstRetryAfter, Duration maxRetryAfter) {
        this.maxAttempts = maxAttempts;
        this.firstRetryAfter = firstRetryAfter;
        this.maxRetryAfter = maxRetryAfter;
    }

    /** @return when to try again after {@code attemptsSoFar} attempts failed this way, or empty to give up. */
    public Optional<Instant> nextAttempt(int attemptsSoFar, SmtpFailure failure, Instant now) {
        if (failure.permanent() || attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(attemptsSoFar)));
    }

    Duration delayAfter(int attemptsSoFar) {
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
        Duration delay = firstRetryAfter.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : delay;
    }
}
