package org.chorus.console.pages;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The petition form's fields as a person types them, and the petition API's JSON made from them: demands one per
 * line as {@code id: text}, lists separated by commas, the closing time in UTC; the translations field by field
 * ({@link Translations}), read from the raw form because their names depend on the languages and demands.
 */
public class PetitionForm {

    @RestForm
    public String slug;
    @RestForm
    public String title;
    @RestForm
    public String summary;
    @RestForm
    public String body;
    @RestForm
    public String demands;
    @RestForm
    public String goal;
    @RestForm
    public String locales;
    @RestForm
    public String consentVersion;
    @RestForm
    public String consentProcessing;
    @RestForm
    public String consentUpdates;
    @RestForm
    public String consentPartner;
    @RestForm
    public String consentNameInLetters;
    @RestForm
    public String consentNameToOwnGovernment;
    @RestForm
    public String closesAt;
    @RestForm
    public String sensitiveStates;
    @RestForm
    public String version;

    /** The translation fields; set by the page from the raw form, or from the petition's view. */
    public Translations translations = Translations.none();

    /** A problem in the form itself, before anything is sent; null when the form can be sent. */
    public String formError;

    /** The API's JSON for this form; {@link #formError} says what could not be read. */
    public Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("slug", trimmed(slug));
        request.put("title", trimmed(title));
        request.put("summary", trimmed(summary));
        request.put("body", trimmed(body));
        List<Map<String, String>> demandList = demandList();
        request.put("demands", demandList);
        request.put("goal", number(goal, "goal"));
        request.put("locales", list(locales));
        request.put("consentVersion", trimmed(consentVersion));
        Map<String, Object> consents = new LinkedHashMap<>();
        consents.put("processing", trimmed(consentProcessing));
        consents.put("updates", trimmed(consentUpdates));
        consents.put("partner", trimmed(consentPartner));
        consents.put("nameInLetters", trimmed(consentNameInLetters));
        consents.put("nameToOwnGovernment", trimmed(consentNameToOwnGovernment));
        request.put("consentTexts", consents);
        request.put("closesAt", closingTime());
        request.put("sensitiveStates", list(sensitiveStates));
        request.put("translations", translations.request(list(locales),
                demandList.stream().map(d -> d.get("id")).toList(), this::fail));
        if (version != null && !version.isBlank()) {
            request.put("version", number(version, "version"));
        }
        return request;
    }

    /** The form filled from the API's view of a petition. */
    @SuppressWarnings("unchecked")
    public static PetitionForm of(Map<String, Object> view) {
        PetitionForm form = new PetitionForm();
        form.slug = text(view.get("slug"));
        form.title = text(view.get("title"));
        form.summary = text(view.get("summary"));
        form.body = text(view.get("body"));
        List<String> lines = new ArrayList<>();
        if (view.get("demands") instanceof List<?> list) {
            for (Object d : list) {
                Map<String, Object> demand = (Map<String, Object>) d;
                lines.add(demand.get("id") + ": " + demand.get("text"));
            }
        }
        form.demands = String.join("\n", lines);
        form.goal = text(view.get("goal"));
        form.locales = view.get("locales") instanceof List<?> l ? String.join(", ", (List<String>) l) : "";
        form.consentVersion = text(view.get("consentVersion"));
        Map<String, Object> consents = view.get("consentTexts") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        form.consentProcessing = text(consents.get("processing"));
        form.consentUpdates = text(consents.get("updates"));
        form.consentPartner = text(consents.get("partner"));
        form.consentNameInLetters = text(consents.get("nameInLetters"));
        form.consentNameToOwnGovernment = text(consents.get("nameToOwnGovernment"));
        String closes = text(view.get("closesAt"));
        form.closesAt = closes.length() >= 16 ? closes.substring(0, 16) : closes;
        form.sensitiveStates = view.get("sensitiveStates") instanceof List<?> s ? String.join(", ", (List<String>) s) : "";
        form.translations = Translations.of(view.get("translations"));
        form.version = text(view.get("version"));
        return form;
    }

    private List<Map<String, String>> demandList() {
        List<Map<String, String>> list = new ArrayList<>();
        if (demands == null) {
            return list;
        }
        for (String line : demands.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                fail("Each demand is one line: a short id, a colon, then its text (\"icc: Refer Myanmar to the ICC\").");
                continue;
            }
            list.add(Map.of("id", line.substring(0, colon).trim(), "text", line.substring(colon + 1).trim()));
        }
        return list;
    }

    private Object closingTime() {
        if (closesAt == null || closesAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(closesAt.trim()).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            fail("The closing time must be a date and time such as 2027-06-30T18:00 (UTC).");
            return null;
        }
    }

    /** A fieldset per language after the default one, for the languages and demands as they stand in the form. */
    public List<Translations.Fieldset> translationFieldsets() {
        List<Translations.Demand> typedDemands = new ArrayList<>();
        for (String line : demands == null ? new String[0] : demands.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                typedDemands.add(new Translations.Demand(line.substring(0, colon).trim(),
                        line.substring(colon + 1).trim()));
            }
        }
        Map<String, String> consents = new LinkedHashMap<>();
        consents.put("processing", consentProcessing);
        consents.put("updates", consentUpdates);
        consents.put("partner", consentPartner);
        consents.put("nameInLetters", consentNameInLetters);
        consents.put("nameToOwnGovernment", consentNameToOwnGovernment);
        return translations.fieldsets(list(locales), typedDemands, consents);
    }

    private Object number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            fail("The " + field + " must be a whole number.");
            return null;
        }
    }

    private void fail(String message) {
        if (formError == null) {
            formError = message;
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
