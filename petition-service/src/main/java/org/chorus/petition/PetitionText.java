package org.chorus.petition;

import java.util.List;

/** What a reader sees of a petition in one locale. */
public record PetitionText(String locale, String title, String summary, String body, List<Demand> demands,
        ConsentTexts consents) {
}
