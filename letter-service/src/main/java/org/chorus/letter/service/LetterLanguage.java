package org.chorus.letter.service;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's HTML says which language it is in and which way it is written, on its root element: {@code lang} is the
 * language of the template it was rendered from, {@code dir} is {@code rtl} for a script written right to left
 * (Arabic ...) and {@code ltr} otherwise. Chromium lays the PDF out by them, a screen reader reads by them, and an
 * email client shows the letter the right way round. Whatever the template's own root said is replaced; a template
 * without a root (a fragment) gets one around it. Inside the letter, staff may still set {@code dir} on an element.
 */
public final class LetterLanguage {

    /** ISO 639 codes of languages written right to left. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd",
            "syr", "ug", "ur", "yi");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    /** What may come before the root: white space, comments and the doctype. */
    private static final String PROLOG = "(?:\\s|<!--.*?-->|<!doctype[^>]*>)*+";
    private static final String ATTRIBUTE = "\\s+([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?";
    private static final Pattern ROOT = Pattern.compile("\\A(" + PROLOG + ")<html((?:" + ATTRIBUTE + ")*)\\s*/?>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LEADING = Pattern.compile("\\A" + PROLOG, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ONE_ATTRIBUTE = Pattern.compile(ATTRIBUTE, Pattern.DOTALL);
    private static final Set<String> REPLACED = Set.of("lang", "dir", "xml:lang");

    private LetterLanguage() {
    }

    public static boolean rightToLeft(String locale) {
        return RIGHT_TO_LEFT.contains(locale.toLowerCase(Locale.ROOT).split("-", 2)[0]);
    }

    /** The letter's HTML with its root element naming {@code locale} and its direction. */
    public static String declare(String html, String locale) {
        if (!LANGUAGE_TAG.matcher(locale).matches()) {
            throw new IllegalArgumentException("not a language tag: " + locale);
        }
        String declared = " lang=\"" + locale + "\" dir=\"" + (rightToLeft(locale) ? "rtl" : "ltr") + "\"";
        Matcher root = ROOT.matcher(html);
        if (root.find()) {
            return root.group(1) + "<html" + declared + otherAttributes(root.group(2)) + ">"
                    + html.substring(root.end());
        }
        Matcher prolog = LEADING.matcher(html);
        int start = prolog.find() ? prolog.end() : 0;
        return html.substring(0, start) + "<html" + declared + ">\n" + html.substring(start) + "\n</html>\n";
    }

    private static String otherAttributes(String attributes) {
        StringBuilder kept = new StringBuilder();
        Matcher attribute = ONE_ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (!REPLACED.contains(attribute.group(1).toLowerCase(Locale.ROOT))) {
                kept.append(attribute.group());
            }
        }
        return kept.toString();
    }
}
