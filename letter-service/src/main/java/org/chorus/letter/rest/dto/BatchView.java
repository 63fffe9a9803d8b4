package org.chorus.letter.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A delivery batch as staff see it: what it counts, its manifest, its letters and where each goes, and its audit: who
 * created, last changed (and why), approved and dispatched it, and when; and how many of the signatures it counted
 * were withdrawn or invalidated after it was dispatched (before, they leave the batch).
 */
public record BatchView(UUID id, String status, String petition, Instant cutoff, String targetGroup, Snapshot snapshot,
        ManifestView manifest, List<LetterItem> letters, String createdBy, Instant createdAt, String changedBy,
        Instant changedAt, String changeReason, String approvedBy, Instant approvedAt, String dispatchedBy,
        Instant dispatchedAt, long withdrawnAfterDispatch) {

    /** The counts frozen at the cut-off. */
    public record Snapshot(long total, Map<String, Long> byCountry) {
    }

    /** SHA-256 of the sorted signature ids the batch counts, and the Merkle root over them. */
    public record ManifestView(long count, String root, String idsSha256) {
    }

    /**
     * One letter of the batch; {@code pdf}: its PDF is printed (approval and dispatch wait for all of them);
     * {@code recipients}: where it goes, as frozen when it was written; {@code directoryDiffers}: the directory's
     * contacts for its target are no longer these (POST .../recipients/refresh takes them in).
     */
    public record LetterItem(UUID id, String target, String targetName, String locale, String status, boolean pdf,
            List<Recipient> recipients, boolean directoryDiffers) {
    }

    /** A contact a letter goes to: a ministry's or a mission's office. */
    public record Recipient(String role, String name, String email) {
    }
}
