package org.chorus.notification.events;

import java.util.UUID;

/** A signature now counts (petition-service's {@code signature.confirmed}); a thank-you email will follow it. */
public record SignatureConfirmed(UUID signatureId, UUID petitionId, String petitionSlug) {

    public static final String TYPE = "signature.confirmed";
}
