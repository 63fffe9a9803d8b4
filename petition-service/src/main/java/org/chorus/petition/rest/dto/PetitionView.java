package org.chorus.petition.rest.dto;

import java.util.List;

import org.chorus.petition.Petition;

/** The public view of a petition (API.md). */
public record PetitionView(String slug, String title, String summary, List<String> demands, int goal, String status,
        long signatureCount, List<String> locales) {

    public static PetitionView of(Petition p, long signatureCount) {
        return new PetitionView(p.slug, p.title, p.summary, p.demands, p.goal, p.status.name(), signatureCount,
                p.locales);
    }
}
