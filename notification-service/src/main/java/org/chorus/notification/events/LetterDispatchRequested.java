package org.chorus.notification.events;

import java.util.List;
import java.util.UUID;

/** letter-service's {@code letter.dispatch-requested}: a rendered letter to send to each of a target's contacts. */
public record LetterDispatchRequested(UUID letterId, UUID batchId, UUID petitionId, String petitionSlug,
        String targetCode, String targetName, String locale, String subject, String html, List<Recipient> recipients) {

    public static final String TYPE = "letter.dispatch-requested";

    /** A contact of the target. */
    public record Recipient(String role, String name, String email) {
    }
}
