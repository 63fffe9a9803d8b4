package org.chorus.letter.events;

import java.util.List;
import java.util.UUID;

/**
 * A letter to send ({@code letter.dispatch-requested}, topic letters, key = target code so one target's letters
 * stay in order): the rendered letter, as HTML and (unless PDFs are off) as PDF, and the target's contacts. notification-service sends it and reports each
 * email on topic deliveries with this letter's id.
 */
public record LetterDispatchRequested(UUID letterId, UUID batchId, UUID petitionId, String petitionSlug,
        String targetCode, String targetName, String locale, String subject, String html, List<Recipient> recipients,
        Pdf pdf) {

    public static final String TYPE = "letter.dispatch-requested";

    /** A contact of the target: a ministry's or a mission's office, not a private person. */
    public record Recipient(String role, String name, String email) {
    }

    /** The letter as a PDF, to attach: its bytes in base64 and their SHA-256, so a damaged copy is noticed. */
    public record Pdf(String filename, String contentType, String sha256, String base64) {
    }
}
