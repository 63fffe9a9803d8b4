package org.chorus.console.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A petition's translations as the form shows them: for each language after the default one, a field per text (title,
 * summary, body, each demand by id, each consent text), named {@code tr.<language>.title},
 * {@code tr.<language>.demand.<id>}, {@code tr.<language>.consent.<name>}. The fields follow the languages and
 * demands as they are in the form, and the request carries exactly what those fields hold: a blank field is left out,
 * so the API falls back to the default language's text, and a language with nothing typed is left out whole.
 */
public final class Translations {

    static final String PREFIX = "tr.";
    /** petition-service's pattern for a locale; another cannot be saved, so it gets no fields. */
    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2,3}(-[A-Z]{2})?$");
    private static final Map<String, String> CONSENTS = consentLabels();
    /** petition-service takes a language's consent texts whole: all of these, or none. */
    private static final List<String> REQUIRED_CONSENTS = List.of("processing", "updates", "partner", "nameInLetters");

    /** One field of a language's fieldset, ready for the template; {@code rows} 0 is a one-line input. */
    public record Field(String name, String id, String label, String hint, String value, int rows) {
    }

    /** The fields of one language. */
    public record Fieldset(String locale, List<Field> fields) {
    }

    /** A demand in the default language. */
    record Demand(String id, String text) {
    }

    private final Map<String, String> values;

    private Translations(Map<String, String> values) {
        this.values = values;
    }

    static Translations none() {
        return new Translations(Map.of());
    }

    /** The translation fields of a submitted form, as typed. */
    static Translations typed(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, typed) -> {
                if (name.startsWith(PREFIX) && typed != null && !typed.isEmpty() && typed.get(0) != null) {
                    values.put(name, typed.get(0));
                }
            });
        }
        return new Translations(values);
    }

    /** The fields filled from the API's {@code translations}: by language, texts and demands by id. */
    static Translations of(Object translations) {
        Map<String, String> values = new LinkedHashMap<>();
        if (translations instanceof Map<?, ?> byLocale) {
            byLocale.forEach((locale, t) -> {
                if (t instanceof Map<?, ?> texts) {
                    put(values, name(locale, "title"), texts.get("title"));
                    put(values, name(locale, "summary"), texts.get("summary"));
                    put(values, name(locale, "body"), texts.get("body"));
                    if (texts.get("demands") instanceof Map<?, ?> demands) {
                        demands.forEach((id, text) -> put(values, name(locale, "demand." + id), text));
                    }
                    if (texts.get("consents") instanceof Map<?, ?> consents) {
                        consents.forEach((key, text) -> put(values, name(locale, "consent." + key), text));
                    }
                }
            });
        }
        return new Translations(values);
    }

    /** A fieldset for each language after the default one, with what it holds now. */
    List<Fieldset> fieldsets(List<String> locales, List<Demand> demands, Map<String, String> defaultConsents) {
        String from = locales.isEmpty() ? "" : locales.get(0);
        List<Fieldset> fieldsets = new ArrayList<>();
        for (String locale : translated(locales)) {
            List<Field> fields = new ArrayList<>();
            fields.add(field(locale, "title", "Title", null, 0));
            fields.add(field(locale, "summary", "Summary", null, 3));
            fields.add(field(locale, "body", "Body", null, 8));
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            for (Demand demand : demands) {
                if (ids.add(demand.id())) {
                    fields.add(field(locale, "demand." + demand.id(), "Demand " + demand.id() + ": " + demand.text(),
                            null, 2));
                }
            }
            CONSENTS.forEach((key, label) -> {
                String original = defaultConsents.get(key);
                fields.add(field(locale, "consent." + key, "Consent: " + label,
                        original == null || original.isBlank() ? null : "In " + from + ": " + original, 2));
            });
            fieldsets.add(new Fieldset(locale, fields));
        }
        return fieldsets;
    }

    /** The API's {@code translations}: only the typed texts, only for the form's languages and demands. */
    Map<String, Object> request(List<String> locales, List<String> demandIds, Consumer<String> fail) {
        Map<String, Object> request = new LinkedHashMap<>();
        for (String locale : translated(locales)) {
            Map<String, Object> texts = new LinkedHashMap<>();
            putTyped(texts, "title", name(locale, "title"));
            putTyped(texts, "summary", name(locale, "summary"));
            putTyped(texts, "body", name(locale, "body"));
            Map<String, Object> demands = new LinkedHashMap<>();
            demandIds.forEach(id -> putTyped(demands, id, name(locale, "demand." + id)));
            if (!demands.isEmpty()) {
                texts.put("demands", demands);
            }
            Map<String, Object> consents = new LinkedHashMap<>();
            CONSENTS.keySet().forEach(key -> putTyped(consents, key, name(locale, "consent." + key)));
            if (!consents.isEmpty()) {
                if (!consents.keySet().containsAll(REQUIRED_CONSENTS)) {
                    fail.accept("The " + locale + " consent texts go together: processing, updates, partner and name"
                            + " in the letters all translated, or none of them (the one about the signer's own"
                            + " government may stay empty).");
                }
                texts.put("consents", consents);
            }
            if (!texts.isEmpty()) {
                request.put(locale, texts);
            }
        }
        return request;
    }

    /** The languages after the default one that petition-service could save, each once. */
    private static List<String> translated(List<String> locales) {
        LinkedHashSet<String> others = new LinkedHashSet<>();
        for (String locale : locales.subList(Math.min(1, locales.size()), locales.size())) {
            if (LOCALE.matcher(locale).matches() && !locale.equals(locales.get(0))) {
                others.add(locale);
            }
        }
        return List.copyOf(others);
    }

    private Field field(String locale, String text, String label, String hint, int rows) {
        String name = name(locale, text);
        return new Field(name, name.replace('.', '-'), label, hint, values.getOrDefault(name, ""), rows);
    }

    private void putTyped(Map<String, Object> into, String key, String field) {
        String typed = values.get(field);
        if (typed != null && !typed.isBlank()) {
            into.put(key, typed.trim());
        }
    }

    private static String name(Object locale, String text) {
        return PREFIX + locale + "." + text;
    }

    private static void put(Map<String, String> values, String name, Object text) {
        if (text != null) {
            values.put(name, text.toString());
        }
    }

    private static Map<String, String> consentLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("processing", "processing of the signer's data");
        labels.put("updates", "updates by email");
        labels.put("partner", "sharing with the partner");
        labels.put("nameInLetters", "name in the letters");
        labels.put("nameToOwnGovernment", "name to the signer's own government (optional)");
        return labels;
    }
}
