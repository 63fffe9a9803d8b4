package org.chorus.letter.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What letter-service reads of notification-service's {@code email.sent}, {@code email.failed} and
 * {@code email.bounced} (topic deliveries): which letter an email carried, and what became of it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailDelivery(UUID emailId, UUID letterId, String status, Instant at) {

    public static final String SENT = "email.sent";
    public static final String FAILED = "email.failed";
    public static final String BOUNCED = "email.bounced";
}
