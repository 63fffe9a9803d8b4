package org.chorus.notification.events;

import java.time.Instant;
import java.util.UUID;

/** letter-service's {@code batch.dispatched}: a batch's letters went out; the signers it counted may be told. */
public record BatchDispatched(UUID batchId, UUID petitionId, String petitionSlug, Instant cutoff, long total,
        String merkleRoot, int letters, Instant dispatchedAt) {

    public static final String TYPE = "batch.dispatched";
}
