package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.UUID;

/** One signer, decrypted, for campaign staff only: the signer list of API.md. */
public record SignerView(UUID id, String name, String email, String country, String postalCode, String locale,
        String partner, String status, Consents consents, Instant createdAt, Instant confirmedAt) {

    /** What the signer agreed to, under which version of the consent texts, and when. */
    public record Consents(boolean processing, boolean updates, boolean partner, boolean nameInLetters,
            boolean nameToOwnGovernment, String version, Instant consentedAt) {
    }
}
