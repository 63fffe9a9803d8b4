package org.chorus.petition.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chorus.petition.Demand;
import org.chorus.petition.Petition;
import org.chorus.petition.PetitionText;

/**
 * A petition is open for signing from {@code publishedAt}; {@code closesAt} is absent when it has no end date.
 * {@code title} and {@code demands} are in {@code defaultLocale}; {@code translations} has them in each other locale
 * the petition was translated into, with the default text wherever a translation leaves one out, so that a consumer
 * (letter-service) can quote the demands in a target's language without asking this service. {@code sensitiveStates}
 * are the states the petition accuses: letter-service prints no signer's name in a letter to their governments.
 */
public record PetitionPublished(UUID petitionId, String petitionSlug, String title, List<String> locales, int goal,
        Instant closesAt, Instant publishedAt, String defaultLocale, List<Demand> demands,
        Map<String, Translated> translations, List<String> sensitiveStates) {

    public static final String TYPE = "petition.published";

    /** Only what letters quote: summary and body stay out, to keep the event small. */
    public record Translated(String title, List<Demand> demands) {
    }

    public static PetitionPublished of(Petition p) {
        Map<String, Translated> translations = new LinkedHashMap<>();
        for (String locale : p.locales) {
            if (!locale.equals(p.defaultLocale()) && p.translations.get(locale) != null) {
                PetitionText text = p.text(locale);
                translations.put(locale, new Translated(text.title(), List.copyOf(text.demands())));
            }
        }
        return new PetitionPublished(p.id, p.slug, p.title, List.copyOf(p.locales), p.goal, p.closesAt,
                p.publishedAt, p.defaultLocale(), List.copyOf(p.demands), translations,
                p.sensitiveStates == null ? List.of() : List.copyOf(p.sensitiveStates));
    }
}
