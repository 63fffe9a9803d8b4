package org.chorus.notification.rest.dto;

import java.time.Instant;
import java.util.UUID;

/**
 * One email as staff see it: what it was, where it stands and why. The recipient is masked ({@code a•••@example.org})
 * and absent once the email left, bounced or was suppressed, because it is erased then.
 */
public record EmailView(UUID id, String kind, String status, String recipient, String subject, String locale,
        int attempts, Instant createdAt, Instant sentAt, Instant failedAt, Instant bouncedAt, String lastError,
        UUID signatureId, UUID petitionId, UUID letterId, UUID batchId) {
}
