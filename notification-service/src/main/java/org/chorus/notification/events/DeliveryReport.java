package org.chorus.notification.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to one email ({@code email.sent}, {@code email.failed}, {@code email.bounced} on topic
 * {@code deliveries}): which email, what it was about (the event that caused it, and its signature, petition and
 * letter where it has them), the outcome and when. It names no address: the consumers follow letters and signatures.
 */
public record DeliveryReport(UUID emailId, String kind, UUID causeEventId, UUID signatureId, UUID petitionId,
        UUID letterId, String status, int attempts, Instant at, String reason) {

    public static final String SENT = "email.sent";
    public static final String FAILED = "email.failed";
    public static final String BOUNCED = "email.bounced";
}
