package org.chorus.console.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A batch's letters, each with {@code unreviewed} set when letter-service lists its language's template as not
 * reviewed by a person, and those languages. A language the list does not name is not marked: nothing is known.
 */
record UnreviewedLetters(List<Map<String, Object>> letters, List<String> locales) {

    static UnreviewedLetters of(Map<String, Object> batch, List<Object> languages) {
        Set<String> notReviewed = new TreeSet<>();
        for (Object language : languages) {
            if (language instanceof Map<?, ?> l && Boolean.FALSE.equals(l.get("reviewed"))
                    && l.get("locale") instanceof String locale) {
                notReviewed.add(locale);
            }
        }
        List<Map<String, Object>> letters = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        if (batch.get("letters") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> letter) {
                    Map<String, Object> marked = new LinkedHashMap<>();
                    letter.forEach((k, v) -> marked.put(String.valueOf(k), v));
                    boolean unreviewed = notReviewed.contains(String.valueOf(letter.get("locale")));
                    marked.put("unreviewed", unreviewed);
                    if (unreviewed) {
                        used.add(String.valueOf(letter.get("locale")));
                    }
                    letters.add(marked);
                }
            }
        }
        return new UnreviewedLetters(letters, List.copyOf(used));
    }
}
