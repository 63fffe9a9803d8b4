package org.chorus.petition.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A signature now counts. {@code displayName} is present only when the signer agreed to be named in letters;
 * {@code nameToOwnGovernment} (only ever true with a displayName) when they also agreed to be named in the letter to
 * the government of their own country. Nothing else personal travels.
 */
public record SignatureConfirmed(UUID signatureId, UUID petitionId, String petitionSlug, String country,
        String partner, String displayName, boolean nameToOwnGovernment, Instant confirmedAt) {

    public static final String TYPE = "signature.confirmed";
}
