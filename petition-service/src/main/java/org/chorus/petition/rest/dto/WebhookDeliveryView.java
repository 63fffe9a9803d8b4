package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.chorus.petition.WebhookDelivery;

/**
 * A webhook delivery as staff see it: its log, never its payload. {@code attempts} counts the current round (staff
 * retrying a FAILED delivery starts a new one); {@code lastError} is {@code status} (the partner answered
 * {@code lastStatusCode}, not 2xx: a redirect too, which is not followed), {@code unreachable} (the address could not
 * be reached: no address for the name, no connection, or an address off the public internet, which is never called;
 * these look alike on purpose, so that the log tells nobody which internal addresses exist), {@code timeout} (no
 * answer in time), {@code connection} (the connection failed after it was made, TLS included) or {@code invalid-url}.
 */
public record WebhookDeliveryView(UUID id, WebhookDelivery.Status status, int attempts, Integer lastStatusCode,
        String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {

    public static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id, d.status, d.attempts, d.lastStatusCode, d.lastError, d.createdAt,
                d.nextAttemptAt, d.deliveredAt);
    }
}
