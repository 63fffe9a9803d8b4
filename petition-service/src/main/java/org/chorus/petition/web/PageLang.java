package org.chorus.petition.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language a page is rendered in: its tag goes into {@code <html lang>} (so Burmese is shaped and read as
 * Burmese) and selects the message bundle; numbers are written in its digits (Burmese ones for {@code my}).
 */
public record PageLang(String tag, String dir) {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd");

    public static PageLang of(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        return new PageLang(tag, RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr");
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(tag)).format(n);
    }

    /** These countries' names in this language, in the order given: "France, United Kingdom" for FR, GB. */
    public String countries(List<String> codes) {
        return Countries.named(codes, tag);
    }

    /** The language's own name for itself, as a language menu shows it: "English", "မြန်မာ". */
    public String autonym() {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
