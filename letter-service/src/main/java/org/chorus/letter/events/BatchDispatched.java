package org.chorus.letter.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch went out ({@code batch.dispatched}, topic letters, key = petition id): notification-service tells the
 * signers it counted (confirmed by the cut-off) that their signature was delivered.
 */
public record BatchDispatched(UUID batchId, UUID petitionId, String petitionSlug, Instant cutoff, long total,
        String merkleRoot, int letters, Instant dispatchedAt) {

    public static final String TYPE = "batch.dispatched";
}
