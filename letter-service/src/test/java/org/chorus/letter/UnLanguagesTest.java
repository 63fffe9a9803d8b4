package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.letter.service.DemoLetterTemplates;
import org.chorus.letter.service.Petitions;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The demo campaign writes to each Security Council member in its own language, one of the six UN official ones;
 * only the English original counts as reviewed. Every letter's root names its language, Arabic right to left.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class UnLanguagesTest {

    private static final String BATCHES = "/api/letters/batches";
    /** A day in 2026, when the Council's elected members are the ten of CAMPAIGN.md. */
    private static final String CUTOFF_IN_2026 = "2026-06-30T12:00:00Z";
    private static final Map<String, String> COUNCIL_LANGUAGES = Map.ofEntries(Map.entry("CN", "zh"),
            Map.entry("FR", "fr"), Map.entry("RU", "ru"), Map.entry("GB", "en"), Map.entry("US", "en"),
            Map.entry("DK", "en"), Map.entry("GR", "en"), Map.entry("PK", "en"), Map.entry("PA", "es"),
            Map.entry("SO", "ar"), Map.entry("BH", "ar"), Map.entry("CO", "es"), Map.entry("CD", "fr"),
            Map.entry("LV", "en"), Map.entry("LR", "en"));

    @Inject
    Petitions petitions;

    @Inject
    DemoLetterTemplates demo;

    @Inject
    StoredRows rows;

    @BeforeEach
    void theDemoTemplatesAsTheyAreShipped() {
        rows.forgetTemplates(DemoLetterTemplates.DEMO_PETITION);
        demo.storeIfMissing();
    }

    @Test
    void theDemoLetterIsInTheSixUnLanguagesAndOnlyTheEnglishOriginalIsReviewed() {
        campaigner().when().get("/api/letters/templates/{slug}", DemoLetterTemplates.DEMO_PETITION)
                .then().statusCode(200)
                .body("locale", contains("ar", "en", "es", "fr", "ru", "zh"))
                .body("reviewed", contains(false, true, false, false, false, false))
                .body("reviewedBy", contains(null, "demo", null, null, null, null));
    }

    @Test
    void eachSecurityCouncilMemberGetsTheLetterInItsOwnLanguage() throws Exception {
        PublishedPetitions.publishDemo(petitions);
        JsonPath batch = campaigner().contentType(ContentType.JSON)
                .body(Map.of("petition", DemoLetterTemplates.DEMO_PETITION, "targetGroup", "unsc",
                        "cutoff", CUTOFF_IN_2026))
                .when().post(BATCHES).then().statusCode(201).body("letters", hasSize(15)).extract().jsonPath();
        COUNCIL_LANGUAGES.forEach((code, locale) -> assertLetter(batch, code, locale));

        assertContains(html(batch, "BH"), "<html lang=\"ar\" dir=\"rtl\">",
                "إحالة الوضع في ميانمار إلى المحكمة الجنائية الدولية");
        assertContains(html(batch, "SO"), "<html lang=\"ar\" dir=\"rtl\">");
        assertContains(html(batch, "CN"), "<html lang=\"zh\" dir=\"ltr\">", "将缅甸局势提交国际刑事法院");
        assertContains(html(batch, "RU"), "<html lang=\"ru\" dir=\"ltr\">",
                "Передать ситуацию в Мьянме в Международный уголовный суд");
        assertContains(html(batch, "PA"), "<html lang=\"es\" dir=\"ltr\">",
                "Remitir la situación de Myanmar a la Corte Penal Internacional");
        assertContains(html(batch, "FR"), "<html lang=\"fr\" dir=\"ltr\">", "Cour pénale internationale");
        assertContains(html(batch, "GB"), "<html lang=\"en\" dir=\"ltr\">",
                "Refer the situation in Myanmar to the International Criminal Court");
    }

    @Test
    void aLetterNamesTheLanguageOfItsTemplateAndItsDirectionWhateverTheTemplateSays() throws Exception {
        String slug = PublishedPetitions.publish(petitions).slug();
        putTemplate(slug, "en", "<p>{counts.total} people ask you.</p>");
        putTemplate(slug, "ar", "<!DOCTYPE html>\n<html dir=\"ltr\" class=\"letter\" lang=\"en\">"
                + "<body><p>{counts.total} شخصًا يطالبونكم</p></body></html>");

        String english = campaigner().queryParam("target", "GB")
                .when().get("/api/letters/templates/{slug}/en/preview", slug)
                .then().statusCode(200).extract().asString();
        assertStartsWith("<html lang=\"en\" dir=\"ltr\">\n<p>", english);
        String arabic = campaigner().queryParam("target", "BH")
                .when().get("/api/letters/templates/{slug}/ar/preview", slug)
                .then().statusCode(200).extract().asString();
        assertStartsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\" class=\"letter\">", arabic);

        // Russia reads Russian, but this petition has no Russian letter: the English one, marked English
        JsonPath batch = campaigner().contentType(ContentType.JSON)
                .body(Map.of("petition", slug, "targets", List.of("BH", "RU")))
                .when().post(BATCHES).then().statusCode(201).extract().jsonPath();
        assertLetter(batch, "BH", "ar");
        assertLetter(batch, "RU", "en");
        String arabicLetter = html(batch, "BH");
        assertStartsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\" class=\"letter\">", arabicLetter);
        assertFalse(arabicLetter.contains("lang=\"en\""), arabicLetter);
        assertStartsWith("<html lang=\"en\" dir=\"ltr\">", html(batch, "RU"));
    }

    private static void assertLetter(JsonPath batch, String code, String locale) {
        assertEquals(locale, batch.getString("letters.find { it.target == '" + code + "' }.locale"),
                "the language of the letter to " + code);
    }

    private static void assertStartsWith(String start, String html) {
        if (!html.startsWith(start)) {
            throw new AssertionError("the letter begins with " + start + ": " + html);
        }
    }

    private static void assertContains(String html, String... parts) {
        for (String part : parts) {
            assertTrue(html.contains(part), part + " is in the letter: " + html);
        }
    }

    private static String html(JsonPath batch, String code) {
        String letter = batch.getString("letters.find { it.target == '" + code + "' }.id");
        return campaigner().accept("text/html")
                .when().get(BATCHES + "/{id}/letters/{letter}", batch.getString("id"), letter)
                .then().statusCode(200).extract().asString();
    }

    private static void putTemplate(String slug, String locale, String body) {
        campaigner().contentType(ContentType.JSON).body(Map.of("subject", "{counts.total}", "body", body))
                .when().put("/api/letters/templates/{slug}/{locale}", slug, locale).then().statusCode(200);
    }

    private static RequestSpecification campaigner() {
        return given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles("cara", "campaigner"));
    }
}
