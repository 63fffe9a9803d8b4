package org.chorus.letter.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code signature.confirmed}, as far as this service needs it. {@code displayName} is present only when
 * the signer agreed to be named in letters; {@code nameToOwnGovernment} when they also agreed to be named to the
 * government of their own country (absent from events written before the choice existed: not chosen). Fields the
 * producer adds (partner, ...) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignatureConfirmed(UUID signatureId, UUID petitionId, String petitionSlug, String country,
        String displayName, Boolean nameToOwnGovernment, Instant confirmedAt) {

    public boolean namedToOwnGovernment() {
        return Boolean.TRUE.equals(nameToOwnGovernment);
    }
}
