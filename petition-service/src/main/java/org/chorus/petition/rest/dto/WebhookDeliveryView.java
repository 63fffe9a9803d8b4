package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.chorus.petition.WebhookDelivery;

/**
 * A webhook delivery as staff see it: its log, never its payload. {@code attempts} counts the current round (staff
 * retrying a FAILED delivery starts a new one); {@code lastError} is {@code status} (the partner answered
 * {@code lastStatusCode}, not 2xx), {@code timeout}, {@code connect-timeout}, {@code connection-refused},
 * {@code connection} or {@code invalid-url}.
 */
public record WebhookDeliveryView(UUID id, WebhookDelivery.Status status, int attempts, Integer lastStatusCode,
        String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {

    public static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id, d.status, d.attempts, d.lastStatusCode, d.lastError, d.createdAt,
                d.nextAttemptAt, d.deliveredAt);
    }
}
