package org.chorus.petition.rest.validation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chorus.petition.rest.dto.PetitionRequest;
import org.chorus.petition.rest.dto.PetitionRequest.DemandInput;
import org.chorus.petition.rest.dto.PetitionRequest.TranslationInput;

/** Missing parts are left to their own constraints (@NotNull): this only checks what is there. */
public class ConsistentPetitionValidator implements ConstraintValidator<ConsistentPetition, PetitionRequest> {

    /** Also keeps closesAt inside what PostgreSQL can store: a year 1000000 would otherwise fail as a 500. */
    private static final Duration MAX_RUNNING_TIME = Duration.ofDays(3653);

    @Override
    public boolean isValid(PetitionRequest r, ConstraintValidatorContext context) {
        if (r == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        List<String> demandIds = r.demands() == null ? List.of()
                : r.demands().stream().filter(Objects::nonNull).map(DemandInput::id).filter(Objects::nonNull).toList();
        if (new HashSet<>(demandIds).size() < demandIds.size()) {
            valid = fail(context, "demands", "must have unique ids");
        }
        List<String> locales = r.locales() == null ? List.of() : r.locales();
        if (new HashSet<>(locales).size() < locales.size()) {
            valid = fail(context, "locales", "must not repeat a locale");
        }
        List<String> sensitiveStates = r.sensitiveStates().stream().filter(Objects::nonNull).toList();
        if (new HashSet<>(sensitiveStates).size() < sensitiveStates.size()) {
            valid = fail(context, "sensitiveStates", "must not repeat a state");
        }
        if (r.closesAt() != null && r.closesAt().isAfter(Instant.now().plus(MAX_RUNNING_TIME))) {
            valid = fail(context, "closesAt", "must be within ten years");
        }
        for (String field : TextWithNul.fields(r)) {
            valid = fail(context, field, "must not contain the NUL character");
        }
        for (Map.Entry<String, TranslationInput> t : r.translations().entrySet()) {
            String field = "translations[" + t.getKey() + "]";
            if (!locales.contains(t.getKey())) {
                valid = fail(context, field, "must be one of the petition's locales");
            } else if (t.getKey().equals(locales.get(0))) {
                valid = fail(context, field, "must not be the default locale, whose texts are the petition's own");
            }
            Set<String> unknown = unknownDemands(t.getValue(), demandIds);
            if (!unknown.isEmpty()) {
                valid = fail(context, field + ".demands", "must translate demands of this petition only, not " + unknown);
            }
        }
        return valid;
    }

    private static Set<String> unknownDemands(TranslationInput t, List<String> demandIds) {
        if (t == null || t.demands() == null) {
            return Set.of();
        }
        Set<String> unknown = new HashSet<>(t.demands().keySet());
        demandIds.forEach(unknown::remove);
        return unknown;
    }

    private static boolean fail(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(field).addConstraintViolation();
        return false;
    }

    /** Keys come from the request: they must never be read as message expressions. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
