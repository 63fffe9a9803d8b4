package org.chorus.letter.events;

import java.util.List;
import java.util.UUID;

/**
 * A letter to send ({@code letter.dispatch-requested}, topic letters, key = target code so one target's letters
 * stay in order): the rendered letter and the target's contacts. notification-service sends it and reports each
 * email on topic deliveries with this letter's id.
 */
public record LetterDispatchRequested(UUID letterId, UUID batchId, UUID petitionId, String petitionSlug,
        String targetCode, String targetName, String locale, String subject, String html, List<Recipient> recipients) {

    public static final String TYPE = "letter.dispatch-requested";

    /** A contact of the target: a ministry's or a mission's office, not a private person. */
    public record Recipient(String role, String name, String email) {
    }
}
