package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.letter.service.Petitions;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A template is unreviewed until a person vouches for the text they read; another text makes it unreviewed again,
 * the same text saved again does not; the console lists a petition's languages with their review state.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class TemplateReviewTest {

    private static final String TEMPLATE = "/api/letters/templates/{slug}/{locale}";
    private static final String REVIEW = TEMPLATE + "/review";
    private static final Map<String, String> TEXT = Map.of("subject", "{counts.total} personnes",
            "body", "<p>{recipient.salutation}, {counts.total} personnes vous écrivent.</p>");

    @Inject
    Petitions petitions;

    private String slug;

    @BeforeEach
    void publishAPetition() throws Exception {
        slug = PublishedPetitions.publish(petitions).slug();
    }

    @Test
    void aSavedTemplateIsUnreviewedUntilAPersonReviewsTheTextTheyRead() {
        String sha256 = save("fr", TEXT).body("reviewed", equalTo(false)).body("reviewedBy", nullValue())
                .extract().path("textSha256");
        as("rita").contentType(ContentType.JSON).body(Map.of("textSha256", sha256))
                .when().post(REVIEW, slug, "fr")
                .then().statusCode(200).body("reviewed", equalTo(true)).body("reviewedBy", equalTo("rita"))
                .body("reviewedAt", notNullValue()).body("updatedBy", equalTo("cara"));
        as("cara").when().get(TEMPLATE, slug, "fr")
                .then().statusCode(200).body("reviewed", equalTo(true)).body("reviewedBy", equalTo("rita"))
                .body("textSha256", equalTo(sha256));
    }

    @Test
    void theSameTextSavedAgainStaysReviewedAnotherTextIsUnreviewedAgain() {
        review("fr", save("fr", TEXT).extract().path("textSha256"));
        save("fr", TEXT).body("reviewed", equalTo(true)).body("reviewedBy", equalTo("rita"));

        save("fr", Map.of("subject", TEXT.get("subject"), "body", "<p>Autre texte : {counts.total}.</p>"))
                .body("reviewed", equalTo(false)).body("reviewedBy", nullValue()).body("reviewedAt", nullValue());
        as("cara").when().get(TEMPLATE, slug, "fr").then().body("reviewed", equalTo(false));

        review("fr", save("fr", TEXT).extract().path("textSha256"));
        save("fr", Map.of("subject", "Une autre ligne d'objet", "body", TEXT.get("body")))
                .body("reviewed", equalTo(false));
    }

    @Test
    void aReviewOfATextThatWasReplacedSinceIsAConflictAndReviewsNothing() {
        String read = save("fr", TEXT).extract().path("textSha256");
        save("fr", Map.of("subject", TEXT.get("subject"), "body", "<p>Texte remplacé : {counts.total}.</p>"));

        as("rita").contentType(ContentType.JSON).body(Map.of("textSha256", read))
                .when().post(REVIEW, slug, "fr")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/template-changed")).body("detail", containsString("Read it again"));
        as("cara").when().get(TEMPLATE, slug, "fr").then().body("reviewed", equalTo(false));
    }

    @Test
    void theListNamesEachLanguageWithItsReviewState() {
        as("cara").when().get("/api/letters/templates/{slug}", slug)
                .then().statusCode(200).body("$", empty());
        save("fr", TEXT);
        review("en", save("en", Map.of("subject", "{counts.total} people", "body", "<p>{counts.total} people.</p>"))
                .extract().path("textSha256"));

        as("cara").when().get("/api/letters/templates/{slug}", slug)
                .then().statusCode(200)
                .body("locale", contains("en", "fr"))
                .body("reviewed", contains(true, false))
                .body("reviewedBy", contains("rita", null))
                .body("subject", contains("{counts.total} people", TEXT.get("subject")))
                .body("updatedBy", contains("cara", "cara"));
    }

    /** What the batch page shows an approver: which languages no person has reviewed (not the texts). */
    @Test
    void anApproverReadsTheLanguagesReviewStateButNotTheText() {
        save("fr", TEXT);
        String abel = KeycloakTokens.forUserWithRealmRoles("abel", "approver");
        given().auth().oauth2(abel).when().get("/api/letters/templates/{slug}", slug)
                .then().statusCode(200).body("locale", contains("fr")).body("reviewed", contains(false));
        given().auth().oauth2(abel).when().get(TEMPLATE, slug, "fr").then().statusCode(403);
    }

    @Test
    void badReviewsAndUnknownTemplatesAreProblems() {
        String sha256 = save("fr", TEXT).extract().path("textSha256");
        as("rita").contentType(ContentType.JSON).body("{}").when().post(REVIEW, slug, "fr")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("textSha256"));
        as("rita").contentType(ContentType.JSON).body(Map.of("textSha256", "not-a-digest"))
                .when().post(REVIEW, slug, "fr")
                .then().statusCode(400).body("errors[0].field", containsString("textSha256"));
        as("rita").contentType(ContentType.JSON).body("{\"textSha256\": ").when().post(REVIEW, slug, "fr")
                .then().statusCode(400).contentType("application/problem+json");
        as("rita").contentType(ContentType.JSON).when().post(REVIEW, slug, "fr")
                .then().statusCode(400).contentType("application/problem+json");
        as("rita").contentType(ContentType.JSON).body(Map.of("textSha256", sha256))
                .when().post(REVIEW, slug, "es")
                .then().statusCode(404).contentType("application/problem+json");
        as("rita").contentType(ContentType.JSON).body(Map.of("textSha256", sha256))
                .when().post(REVIEW, slug, "Español")
                .then().statusCode(400).body("errors[0].field", equalTo("locale"));
        as("cara").when().get("/api/letters/templates/{slug}", "never-published")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    private ValidatableResponse save(String locale, Map<String, String> text) {
        return as("cara").contentType(ContentType.JSON).body(text).when().put(TEMPLATE, slug, locale)
                .then().statusCode(200);
    }

    private void review(String locale, String sha256) {
        as("rita").contentType(ContentType.JSON).body(Map.of("textSha256", sha256))
                .when().post(REVIEW, slug, locale).then().statusCode(200);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles(user, "campaigner"));
    }
}
