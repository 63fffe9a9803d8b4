package org.chorus.petition.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The ISO 3166-1 alpha-2 countries, named and sorted in the page's language (the JDK's CLDR data, so nothing is
 * downloaded and Burmese names come with it). A select list spares signers typing a code they may not know.
 */
public final class Countries {

    public record Country(String code, String name) {
    }

    private static final Map<String, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Countries() {
    }

    static List<Country> in(String languageTag) {
        return BY_LANGUAGE.computeIfAbsent(languageTag, Countries::all);
    }

    /** These countries' names in the page's language, in the order given, as one text ("" for none). */
    static String named(List<String> codes, String languageTag) {
        Locale language = Locale.forLanguageTag(languageTag);
        return codes == null ? "" : codes.stream().map(code -> new Locale("", code).getDisplayCountry(language))
                .collect(Collectors.joining(", "));
    }

    private static List<Country> all(String languageTag) {
        Locale language = Locale.forLanguageTag(languageTag);
        Collator order = Collator.getInstance(language);
        return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(language)))
                .sorted(Comparator.comparing(Country::name, order))
                .toList();
    }
}
