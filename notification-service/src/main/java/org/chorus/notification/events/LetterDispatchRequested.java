package org.chorus.notification.events;

import java.util.List;
import java.util.UUID;

/**
 * letter-service's {@code letter.dispatch-requested}: a rendered letter to send to each of a target's contacts, with
 * the letter as a PDF to attach when letter-service renders one (null otherwise).
 */
public record LetterDispatchRequested(UUID letterId, UUID batchId, UUID petitionId, String petitionSlug,
        String targetCode, String targetName, String locale, String subject, String html, List<Recipient> recipients,
        Pdf pdf) {

    public static final String TYPE = "letter.dispatch-requested";

    /** A contact of the target. */
    public record Recipient(String role, String name, String email) {
    }

    /** The letter as a PDF: its bytes in standard base64, and their SHA-256 in lowercase hex to check them by. */
    public record Pdf(String filename, String contentType, String sha256, String base64) {
    }
}
