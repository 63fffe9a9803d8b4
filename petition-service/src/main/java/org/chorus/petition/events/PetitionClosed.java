package org.chorus.petition.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A petition takes no more signatures. Letters are built from what it had at {@code closedAt}: for a scheduled close
 * that is its closesAt, the moment signing stopped, not the moment the closing job noticed.
 */
public record PetitionClosed(UUID petitionId, String petitionSlug, Reason reason, Instant closedAt) {

    public static final String TYPE = "petition.closed";

    public enum Reason {
        /** A campaigner closed it. */
        STAFF,
        /** Its closesAt came. */
        SCHEDULE
    }
}
