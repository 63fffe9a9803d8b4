package org.chorus.petition.events;

import java.time.Instant;
import java.util.UUID;

/** Staff found a signature fraudulent (a flood from one domain, network or moment): it leaves every tally. */
public record SignatureInvalidated(UUID signatureId, UUID petitionId, String petitionSlug, Instant invalidatedAt) {

    public static final String TYPE = "signature.invalidated";
}
