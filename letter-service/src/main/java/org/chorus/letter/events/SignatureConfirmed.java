package org.chorus.letter.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code signature.confirmed}, as far as this service needs it. {@code displayName} is present only when
 * the signer agreed to be named in letters. Fields the producer adds (partner, ...) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignatureConfirmed(UUID signatureId, UUID petitionId, String petitionSlug, String country,
        String displayName, Instant confirmedAt) {
}
