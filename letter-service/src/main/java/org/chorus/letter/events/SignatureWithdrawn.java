package org.chorus.letter.events;

import java.time.Instant;
import java.util.UUID;

/** What this service reads of petition-service's {@code signature.withdrawn} and {@code signature.invalidated}. */
public record SignatureWithdrawn(UUID signatureId, UUID petitionId, String petitionSlug, Instant withdrawnAt) {
}
