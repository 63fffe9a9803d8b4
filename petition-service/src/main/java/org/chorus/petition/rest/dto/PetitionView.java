package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.List;

import org.chorus.petition.Demand;
import org.chorus.petition.Petition;
import org.chorus.petition.PetitionText;

/**
 * The public view of a petition (API.md), in one of its locales. {@code sensitiveStates} are the states whose
 * governments never get a signer's name, so that a partner's own sign form can say so as the petition page does.
 */
public record PetitionView(String slug, String locale, String title, String summary, String body, List<Demand> demands,
        int goal, String status, long signatureCount, List<String> locales, List<String> sensitiveStates,
        Instant closesAt) {

    public static PetitionView of(Petition p, String locale, long signatureCount) {
        PetitionText text = p.text(locale);
        return new PetitionView(p.slug, text.locale(), text.title(), text.summary(), text.body(), text.demands(),
                p.goal, p.status.name(), signatureCount, p.locales, List.copyOf(p.sensitiveStates), p.closesAt);
    }
}
