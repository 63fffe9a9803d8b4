package org.chorus.notification.events;

import java.time.Instant;
import java.util.UUID;

/** A signature now counts (petition-service's {@code signature.confirmed}): its signer gets the thank-you email. */
public record SignatureConfirmed(UUID signatureId, UUID petitionId, String petitionSlug, Instant confirmedAt) {

    public static final String TYPE = "signature.confirmed";
}
