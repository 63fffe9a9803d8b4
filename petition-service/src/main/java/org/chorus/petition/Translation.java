package org.chorus.petition;

import java.util.Map;

/** A petition's texts in a locale other than its default one; demands by id. A missing text falls back. */
public record Translation(String title, String summary, String body, Map<String, String> demands,
        ConsentTexts consents) {
}
