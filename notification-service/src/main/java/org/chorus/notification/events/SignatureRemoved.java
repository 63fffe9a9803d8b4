package org.chorus.notification.events;

import java.util.UUID;

/**
 * A signature withdrawn by its signer ({@code signature.withdrawn}) or invalidated by staff
 * ({@code signature.invalidated}): either way, whatever this service still holds of its signer is erased.
 */
public record SignatureRemoved(UUID signatureId, UUID petitionId) {
}
