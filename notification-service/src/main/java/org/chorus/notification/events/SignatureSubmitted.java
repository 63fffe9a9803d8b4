package org.chorus.notification.events;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone signed and must confirm: what the confirmation email needs from petition-service's
 * {@code signature.submitted}. It carries personal data (email, name) and a link token: none of it is logged.
 */
public record SignatureSubmitted(UUID signatureId, UUID petitionId, String petitionSlug, String petitionTitle,
        String email, String name, String locale, String confirmToken, Instant confirmExpiresAt, String withdrawToken) {

    public static final String TYPE = "signature.submitted";

    /** @return the name of the first required field that is missing or blank, if any (never its value). */
    public Optional<String> missingField() {
        if (signatureId == null) {
            return Optional.of("signatureId");
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
