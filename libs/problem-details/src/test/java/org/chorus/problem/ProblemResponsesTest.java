package org.chorus.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    record Consents(@AssertTrue Boolean processing) {
    }

    record Request(@NotBlank String email, @Valid @NotNull Consents consents) {
    }

    record Item(@NotBlank String id) {
    }

    record Draft(List<@Valid Item> items, List<@Pattern(regexp = "[a-z]+") String> locales,
            Map<String, @Valid Item> byLocale) {
    }

    public void sign(String slug, @NotNull @Valid Request request) {
    }

    public void draft(@NotNull @Valid Draft draft) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void fieldNamesLeaveOutTheMethodAndParameter() throws Exception {
        assertEquals(List.of("consents.processing", "email"),
                fields(new Request("", new Consents(false))));
    }

    @Test
    void elementsOfListsAndMapsKeepTheirIndexOrKey() throws Exception {
        Draft draft = new Draft(List.of(new Item("a"), new Item("")), List.of("en", "FR"), Map.of("my", new Item(" ")));
        Method method = getClass().getMethod("draft", Draft.class);
        List<String> fields = validator.forExecutables().validateParameters(this, method, new Object[] { draft })
                .stream().map(ProblemResponses::field).sorted().toList();
        assertEquals(List.of("byLocale[my].id", "items[1].id", "locales[1]"), fields);
    }

    @Test
    void aMissingBodyIsNamedBody() throws Exception {
        assertEquals(List.of("body"), fields(null));
    }

    @Test
    void problemTypesAreRelativeProblemUris() {
        Problem p = Problem.of("petition-not-found", "Petition not found", 404, "There is no petition 'x'.");
        assertEquals("/problems/petition-not-found", p.type());
        assertEquals(404, p.status());
    }

    private List<String> fields(Request request) throws Exception {
        Method sign = getClass().getMethod("sign", String.class, Request.class);
        Set<ConstraintViolation<ProblemResponsesTest>> violations = validator.forExecutables()
                .validateParameters(this, sign, new Object[] { "slug", request });
        return violations.stream().map(ProblemResponses::field).sorted().toList();
    }
}
