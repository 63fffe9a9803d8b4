package org.chorus.petition.rest.dto;

import java.time.Instant;

/**
 * A confirmed signer who came through a partner and agreed to be contacted by it, decrypted for that partner only.
 * {@code consentUpdates}: the signer also asked for the campaign's updates.
 */
public record PartnerSigner(String name, String email, String country, String postalCode, String locale,
        Instant confirmedAt, Source source, boolean consentUpdates) {

    public record Source(String utm_source, String utm_medium, String utm_campaign) {
    }
}
