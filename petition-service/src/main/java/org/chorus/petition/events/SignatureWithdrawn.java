package org.chorus.petition.events;

import java.time.Instant;
import java.util.UUID;

/** A signer took their signature back: it leaves every tally and read model. Nothing personal travels. */
public record SignatureWithdrawn(UUID signatureId, UUID petitionId, String petitionSlug, Instant withdrawnAt) {

    public static final String TYPE = "signature.withdrawn";
}
