package org.chorus.petition.service;

import java.time.Instant;
import java.util.UUID;

import org.chorus.messaging.OutboxRecord;

/**
 * A signature ready to be stored, with its {@code signature.submitted} event: everything the writer inserts, prepared
 * (hashed, encrypted) by the signer's request thread. Personal data is in it only encrypted.
 */
record NewSignature(UUID id, UUID petitionId, String slug, byte[] emailHash, byte[] emailDomainHash,
        byte[] emailEncrypted, byte[] nameEncrypted, byte[] postalCodeEncrypted, String country, String locale,
        String partner, String utmSource, String utmMedium, String utmCampaign, Consents consents,
        String consentVersion, byte[] confirmTokenDigest, Instant confirmExpiresAt, byte[] withdrawTokenDigest,
        String clientNetwork, Instant createdAt, OutboxRecord submitted) {

    record Consents(boolean processing, boolean updates, boolean partner, boolean nameInLetters,
            boolean nameToOwnGovernment) {
    }
}
