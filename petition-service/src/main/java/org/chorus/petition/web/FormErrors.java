package org.chorus.petition.web;

import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.chorus.petition.rest.dto.SignRequest;

/**
 * The problems of a posted sign form, one per field, in the page's language and in the order of the form, so the
 * error summary reads top to bottom and each entry links to its field. Bean Validation's own messages are English
 * and name record components; a signer sees neither.
 */
public final class FormErrors {

    /** One problem; {@code field} is the id of the input it belongs to. */
    public record FieldError(String field, String message) {
    }

    static final String FORM = "sign-form";

    private static final List<String> FIELD_ORDER = List.of("sign-name", "sign-email", "sign-country",
            "sign-postal-code", "sign-processing", FORM);

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    static FormErrors none() {
        return new FormErrors(Map.of());
    }

    /** A problem with the whole form rather than one field, such as a form sent too fast. */
    static FormErrors ofForm(String message) {
        return new FormErrors(Map.of(FORM, message));
    }

    static FormErrors of(Set<ConstraintViolation<SignRequest>> violations, PageMessages msg) {
        Map<String, String> found = new LinkedHashMap<>();
        for (ConstraintViolation<SignRequest> v : violations) {
            String field = fieldOf(v.getPropertyPath().toString());
            String message = messageFor(field, v.getConstraintDescriptor().getAnnotation(), msg);
            // "missing" beats "malformed": an empty field is reported as empty, not also as a bad address
            if (!found.containsKey(field) || isMissing(v.getConstraintDescriptor().getAnnotation())) {
                found.put(field, message);
            }
        }
        return new FormErrors(found);
    }

    /** These errors and {@code other}'s; where both name a field, this one's message wins. */
    FormErrors and(FormErrors other) {
        Map<String, String> merged = new LinkedHashMap<>(other.byField);
        merged.putAll(byField);
        return new FormErrors(merged);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public List<FieldError> all() {
        return FIELD_ORDER.stream().filter(byField::containsKey)
                .map(field -> new FieldError(field, byField.get(field))).toList();
    }

    private static String fieldOf(String path) {
        return switch (path) {
            case "name" -> "sign-name";
            case "email" -> "sign-email";
            case "country" -> "sign-country";
            case "postalCode" -> "sign-postal-code";
            case "consents.processing", "consents" -> "sign-processing";
            default -> FORM;
        };
    }

    private static String messageFor(String field, Annotation constraint, PageMessages msg) {
        boolean missing = isMissing(constraint);
        return switch (field) {
            case "sign-name" -> missing ? msg.nameMissing() : msg.nameTooLong();
            case "sign-email" -> missing ? msg.emailMissing() : msg.emailInvalid();
            case "sign-country" -> msg.countryMissing();
            case "sign-postal-code" -> msg.postalCodeTooLong();
            case "sign-processing" -> msg.processingRequired();
            default -> msg.formProblem();
        };
    }

    private static boolean isMissing(Annotation constraint) {
        return constraint instanceof NotBlank || constraint instanceof NotNull;
    }
}
