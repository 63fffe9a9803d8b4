package org.chorus.letter.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What letters need of petition-service's {@code petition.published}: the slug, and the title and demands in the
 * default language and in each translation (a translation's missing demand already falls back to the default), and
 * the states it accuses ({@code sensitiveStates}; absent from events published before it existed: none).
 */
public record PetitionPublished(UUID petitionId, String petitionSlug, String title, String defaultLocale,
        List<Demand> demands, Map<String, Texts> translations, Instant publishedAt, List<String> sensitiveStates) {

    public static final String TYPE = "petition.published";
    public static final String CLOSED = "petition.closed";
    public static final String MILESTONE_REACHED = "petition.milestone-reached";

    /** One addressable ask, by its id. */
    public record Demand(String id, String text) {
    }

    /** Title and demands in one language. */
    public record Texts(String title, List<Demand> demands) {
    }
}
