package org.chorus.notification.events;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone signed and must confirm: what the confirmation email needs from petition-service's
 * {@code signature.submitted}. It carries personal data (email, name) and a link token: none of it is logged.
 */
public record SignatureSubmitted(UUID signatureId, UUID petitionId, String petitionSlug, String petitionTitle,
        String email, String name, String locale, String confirmToken, Instant confirmExpiresAt, String withdrawToken,
        Boolean updatesConsent) {

    public static final String TYPE = "signature.submitted";

    /** Whether the signer asked for updates; an event from before the field existed says no. */
    public boolean wantsUpdates() {
        return Boolean.TRUE.equals(updatesConsent);
    }

    /** @return the name of the first required field that is missing or blank, if any (never its value). */
    public Optional<String> missingField() {
        if (signatureId == null) {
            return Optional.of("signatureId");
        }
        if (petitionId == null) {
            return Optional.of("petitionId");
        }
        if (blank(petitionSlug)) {
            return Optional.of("petitionSlug");
        }
        if (blank(petitionTitle)) {
            return Optional.of("petitionTitle");
        }
        if (blank(email)) {
            return Optional.of("email");
        }
        if (blank(name)) {
            return Optional.of("name");
        }
        if (blank(confirmToken)) {
            return Optional.of("confirmToken");
        }
        if (blank(withdrawToken)) {
            return Optional.of("withdrawToken");
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
