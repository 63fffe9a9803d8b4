package org.chorus.petition.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A petition is open for signing from {@code publishedAt}; {@code closesAt} is absent when it has no end date. */
public record PetitionPublished(UUID petitionId, String petitionSlug, String title, List<String> locales, int goal,
        Instant closesAt, Instant publishedAt) {

    public static final String TYPE = "petition.published";
}
