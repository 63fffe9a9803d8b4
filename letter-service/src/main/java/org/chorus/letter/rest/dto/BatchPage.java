package org.chorus.letter.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of batches, newest first, with how many match in all. */
public record BatchPage(int page, int size, long total, List<Item> items) {

    /** A batch in a list: enough to find it and to see whose turn it is; its letters are in the batch itself. */
    public record Item(UUID id, String status, String petition, String targetGroup, long signatures, long letters,
            String createdBy, Instant createdAt, String changedBy, Instant changedAt, String approvedBy,
            Instant approvedAt, String dispatchedBy, Instant dispatchedAt) {
    }
}
