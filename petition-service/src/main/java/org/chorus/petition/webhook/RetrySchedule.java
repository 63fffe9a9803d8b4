package org.chorus.petition.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/** When a failed delivery is tried again: the configured backoff, with jitter, until no attempt is left. */
public final class RetrySchedule {

    private final List<Duration> backoff;
    private final double jitter;
    private final int maxAttempts;
    private final DoubleSupplier random;

    /** @param random values from 0 (inclusive) to 1 (exclusive) */
    public RetrySchedule(List<Duration> backoff, double jitter, int maxAttempts, DoubleSupplier random) {
        if (backoff.isEmpty() || jitter < 0 || jitter > 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("chorus.petition.webhooks: backoff must list at least one wait, "
                    + "jitter be from 0 to 1 and max-attempts at least 1");
        }
        this.backoff = List.copyOf(backoff);
        this.jitter = jitter;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /**
     * @param attempts how many attempts have failed, this one included
     * @return when to try next, or empty when that was the last attempt
     */
    public Optional<Instant> next(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = backoff.get(Math.min(attempts, backoff.size()) - 1);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Optional.of(now.plusMillis(Math.round(wait.toMillis() * factor)));
    }
}
