package org.chorus.petition.web;

import java.util.List;
import java.util.Locale;

/**
 * Which of the available languages a page is shown in: the one the link asks for ({@code ?lang=my}, so a shared
 * link keeps its language), else the best match of the browser's Accept-Language with its q-values, else the first
 * available one (a petition's default locale).
 */
public final class PageLocale {

    /** The languages the page furniture (PageMessages) is written in; pages without a petition choose among them. */
    public static final List<String> UI_LOCALES = List.of("en", "my");

    private PageLocale() {
    }

    public static String choose(List<String> available, String requested, String acceptLanguage) {
        if (requested != null && available.contains(requested)) {
            return requested;
        }
        String matched = acceptLanguage == null || acceptLanguage.isBlank() ? null : match(available, acceptLanguage);
        return matched != null ? matched : available.get(0);
    }

    /** RFC 4647 lookup, so {@code my-MM} finds {@code my}; a header we cannot parse counts as no header. */
    private static String match(List<String> available, String acceptLanguage) {
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), available);
            return tag == null ? null : available.stream().filter(tag::equalsIgnoreCase).findFirst().orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
