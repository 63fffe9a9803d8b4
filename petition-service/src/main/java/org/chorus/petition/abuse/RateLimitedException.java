package org.chorus.petition.abuse;

import java.time.Duration;

/** Too many signing attempts from one client address or for one email domain; answered 429 with Retry-After. */
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(String what, Duration retryAfter) {
        super("Too many signatures " + what + " just now: try again in " + seconds(retryAfter) + " s.");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
