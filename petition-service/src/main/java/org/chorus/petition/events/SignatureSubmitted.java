package org.chorus.petition.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A person signed and must confirm. Carries what notification-service needs to send the confirmation email,
 * personal data included: the {@code signatures} topic therefore has a bounded retention. {@code updatesConsent}
 * is whether the signer agreed to receive updates about the campaign.
 */
public record SignatureSubmitted(UUID signatureId, UUID petitionId, String petitionSlug, String petitionTitle,
        String email, String name, String locale, String confirmToken, Instant confirmExpiresAt, String withdrawToken,
        boolean updatesConsent, Instant submittedAt) {

    public static final String TYPE = "signature.submitted";
}
