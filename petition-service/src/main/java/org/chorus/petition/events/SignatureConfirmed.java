package org.chorus.petition.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A signature now counts. {@code displayName} is present only when the signer agreed to be named in letters;
 * nothing else personal travels.
 */
public record SignatureConfirmed(UUID signatureId, UUID petitionId, String petitionSlug, String country,
        String partner, String displayName, Instant confirmedAt) {

    public static final String TYPE = "signature.confirmed";
}
