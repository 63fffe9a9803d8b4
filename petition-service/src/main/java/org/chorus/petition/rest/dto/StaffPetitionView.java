package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chorus.petition.ConsentTexts;
import org.chorus.petition.Demand;
import org.chorus.petition.Petition;
import org.chorus.petition.Translation;

/** A whole petition as campaign staff edit it; {@code version} goes back with the next edit. */
public record StaffPetitionView(UUID id, String slug, String status, String title, String summary, String body,
        List<Demand> demands, int goal, List<String> locales, String consentVersion, ConsentTexts consentTexts,
        Map<String, Translation> translations, List<String> sensitiveStates, Instant closesAt, Instant publishedAt,
        Instant closedAt, Instant updatedAt, long version) {

    public static StaffPetitionView of(Petition p) {
        return new StaffPetitionView(p.id, p.slug, p.status.name(), p.title, p.summary, p.body, p.demands, p.goal,
                p.locales, p.consentVersion, p.consentTexts, p.translations, List.copyOf(p.sensitiveStates),
                p.closesAt, p.publishedAt, p.closedAt, p.updatedAt, p.version);
    }
}
