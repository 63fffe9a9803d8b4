package org.chorus.petition.rest.dto;

import java.time.Instant;

/** One line of the staff list of petitions: where it stands and how many have signed it. */
public record PetitionListItem(String slug, String title, String status, int goal, Counts signatures,
        Instant closesAt, Instant publishedAt, Instant closedAt, Instant updatedAt, long version) {

    /** Signatures stored, by status; withdrawn ones are gone. */
    public record Counts(long pending, long confirmed) {
    }
}
