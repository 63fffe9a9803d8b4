package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.chorus.petition.Signature;

/** A signature as staff see it after looking it up: its state and consents, without the signer's name or address. */
public record StaffSignatureView(UUID id, String status, String country, String partner, Instant createdAt,
        Instant confirmedAt, SignerView.Consents consents) {

    public static StaffSignatureView of(Signature s) {
        return new StaffSignatureView(s.id, s.status.name(), s.country, s.partner, s.createdAt, s.confirmedAt,
                new SignerView.Consents(s.consentProcessing, s.consentUpdates, s.consentPartner,
                        s.consentNameInLetters, s.consentNameToOwnGovernment, s.consentVersion, s.consentedAt));
    }
}
