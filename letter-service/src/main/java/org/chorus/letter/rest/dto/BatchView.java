package org.chorus.letter.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A delivery batch as staff see it: what it counts, its manifest, its letters, and its audit: who created, approved
 * and dispatched it, and when.
 */
public record BatchView(UUID id, String status, String petition, Instant cutoff, String targetGroup, Snapshot snapshot,
        ManifestView manifest, List<LetterItem> letters, String createdBy, Instant createdAt, String approvedBy,
        Instant approvedAt, String dispatchedBy, Instant dispatchedAt) {

    /** The counts frozen at the cut-off. */
    public record Snapshot(long total, Map<String, Long> byCountry) {
    }

    /** SHA-256 of the sorted signature ids the batch counts, and the Merkle root over them. */
    public record ManifestView(long count, String root, String idsSha256) {
    }

    /** One letter of the batch; {@code pdf}: its PDF is printed (dispatch waits for all of them). */
    public record LetterItem(UUID id, String target, String targetName, String locale, String status, boolean pdf) {
    }
}
