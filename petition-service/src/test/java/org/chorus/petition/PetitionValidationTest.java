package org.chorus.petition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every field of a petition body is checked, and bad input is a 400 naming the field, never a 500. */
@QuarkusTest
class PetitionValidationTest {

    @Test
    void slugMustBeLowerCaseWordsJoinedByHyphensOf3To80() {
        for (String slug : List.of("ab", "Upper-Case", "two--hyphens", "-leading", "trailing-", "with space",
                "a".repeat(81), "ünïcode")) {
            rejected(d -> d.put("slug", slug), "slug");
        }
        rejected(d -> d.remove("slug"), "slug");
    }

    @Test
    void textsMustBePresentAndFitTheirSize() {
        rejected(d -> d.put("title", " "), "title");
        rejected(d -> d.put("title", "t".repeat(201)), "title");
        rejected(d -> d.remove("summary"), "summary");
        rejected(d -> d.put("summary", "s".repeat(2001)), "summary");
        rejected(d -> d.put("body", ""), "body");
        rejected(d -> d.put("body", "b".repeat(20001)), "body");
    }

    @Test
    void oneToTwentyDemandsWithUniqueWellFormedIds() {
        rejected(d -> d.put("demands", List.of()), "demands");
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(Map.of("id", "d" + i, "text", "Demand " + i));
        }
        rejected(d -> d.put("demands", many), "demands");
        rejected(d -> d.put("demands", List.of(Map.of("id", "same", "text", "One"), Map.of("id", "same", "text", "Two"))),
                "demands");
        rejected(d -> d.put("demands", List.of(Map.of("id", "Not An Id", "text", "One"))), "demands[0].id");
        rejected(d -> d.put("demands", List.of(Map.of("id", "x".repeat(41), "text", "One"))), "demands[0].id");
        rejected(d -> d.put("demands", List.of(Map.of("id", "ok", "text", " "))), "demands[0].text");
        rejected(d -> d.put("demands", List.of(Map.of("id", "ok", "text", "t".repeat(1001)))), "demands[0].text");
    }

    @Test
    void goalIsFromOneToAHundredMillion() {
        rejected(d -> d.put("goal", 0), "goal");
        rejected(d -> d.put("goal", 100_000_001), "goal");
        rejected(d -> d.remove("goal"), "goal");
    }

    @Test
    void localesAreANonEmptyListOfUniqueLanguageTags() {
        rejected(d -> d.put("locales", List.of()), "locales");
        rejected(d -> d.put("locales", List.of("en", "en")), "locales");
        rejected(d -> d.put("locales", List.of("en", "EN")), "locales[1]");
        rejected(d -> d.put("locales", List.of("english")), "locales[0]");
        rejected(d -> d.put("locales", List.of("pt-br")), "locales[0]");
        accepted(d -> {
            d.put("locales", List.of("pt-BR", "en"));
            d.put("translations", Map.of());
        });
    }

    @Test
    void translationsAreForThePetitionsOtherLocalesAndItsDemands() {
        rejected(d -> d.put("translations", Map.of("fr", Map.of("title", "Titre"))), "translations[fr]");
        rejected(d -> d.put("translations", Map.of("en", Map.of("title", "Title again"))), "translations[en]");
        rejected(d -> d.put("translations", Map.of("my", Map.of("demands", Map.of("no-such-demand", "text")))),
                "translations[my].demands");
        rejected(d -> d.put("translations", Map.of("my", Map.of("title", "t".repeat(201)))), "translations[my].title");
        Map<String, Object> halfConsents = new HashMap<>(Staff.consents("ok"));
        halfConsents.put("partner", "");
        rejected(d -> d.put("translations", Map.of("my", Map.of("consents", halfConsents))),
                "translations[my].consents.partner");
    }

    @Test
    void allFourConsentTextsAndTheirVersionAreRequired() {
        for (String consent : List.of("processing", "updates", "partner", "nameInLetters")) {
            Map<String, Object> consents = Staff.consents("Process my signature.");
            consents.put(consent, " ");
            rejected(d -> d.put("consentTexts", consents), "consentTexts." + consent);
        }
        rejected(d -> d.remove("consentTexts"), "consentTexts");
        rejected(d -> d.put("consentVersion", ""), "consentVersion");
        rejected(d -> d.put("consentVersion", "v".repeat(41)), "consentVersion");
    }

    @Test
    void closesAtMustBeInTheFutureAndWithinTenYears() {
        rejected(d -> d.put("closesAt", Instant.now().minusSeconds(60).toString()), "closesAt");
        rejected(d -> d.put("closesAt", "3000-01-01T00:00:00Z"), "closesAt");
        rejected(d -> d.put("closesAt", "+1000000-01-01T00:00:00Z"), "closesAt");
        accepted(d -> d.put("closesAt", Instant.now().plusSeconds(3600).toString()));
    }

    @Test
    void textsWithTheNulCharacterAre400NotADatabaseError() {
        rejected(d -> d.put("title", "Stop\u0000"), "title");
        rejected(d -> d.put("demands", List.of(Map.of("id", "fuel", "text", "Halt\u0000"))), "demands[0].text");
        rejected(d -> d.put("translations", Map.of("my", Map.of("demands", Map.of("fuel", "\u0000")))),
                "translations[my].demands[fuel]");
        rejected(d -> d.put("consentTexts", Staff.consents("Process\u0000")), "consentTexts.processing");
    }

    @Test
    void malformedOrMistypedBodiesAre400ProblemsNotStackTraces() {
        for (String body : List.of("{\"slug\": ", "[]", "{\"goal\": \"many\"}", "{\"goal\": 1e12}",
                "{\"closesAt\": \"next week\"}", "{\"demands\": \"one\"}", "{\"translations\": []}")) {
            Staff.campaigner().contentType(ContentType.JSON).body(body)
                    .when().post("/api/petitions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body(not(containsString("Exception")))
                    .body(not(containsString("at org.")));
        }
        Staff.campaigner().contentType(ContentType.JSON).when().post("/api/petitions")
                .then().statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void nullEntriesInListsAndMapsAre400() {
        List<Object> demands = new ArrayList<>();
        demands.add(null);
        rejected(d -> d.put("demands", demands), "demands[0]");
        Map<String, Object> translations = new HashMap<>();
        translations.put("my", null);
        rejected(d -> d.put("translations", translations), "translations[my]");
    }

    private static void rejected(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> draft = Staff.draft();
        change.accept(draft);
        post(draft).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem(field));
    }

    private static void accepted(Consumer<Map<String, Object>> change) {
        Map<String, Object> draft = Staff.draft();
        change.accept(draft);
        post(draft).statusCode(201);
    }

    private static ValidatableResponse post(Map<String, Object> draft) {
        return Staff.campaigner().contentType(ContentType.JSON).body(draft).when().post("/api/petitions").then();
    }
}
