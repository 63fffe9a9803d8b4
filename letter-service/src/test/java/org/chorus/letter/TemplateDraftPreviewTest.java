package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.letter.service.Petitions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The editor's live preview: a template text that is not saved is rendered for a target as the saved one would be,
 * and nothing is stored; an error in it is a 400 whose error names the field and, as a number, its line.
 */
@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class TemplateDraftPreviewTest {

    private static final String TEMPLATE = "/api/letters/templates/{slug}/{locale}";
    private static final String PREVIEW = TEMPLATE + "/preview";

    @Inject
    Petitions petitions;

    private String slug;

    @BeforeEach
    void publishAPetition() throws Exception {
        slug = PublishedPetitions.publish(petitions).slug();
    }

    @Test
    void aDraftRendersForTheTargetAndNothingIsSaved() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "Saved subject", "body", "<p>Saved text</p>"))
                .when().put(TEMPLATE, slug, "en").then().statusCode(200);
        Map<String, String> draft = Map.of("subject", "To {target.name}", "body", "<p>Dear {target.name},</p>");
        given().contentType(ContentType.JSON).body(draft).queryParam("target", "fr")
                .when().post(PREVIEW, slug, "en")
                .then().statusCode(200).contentType(containsString("text/html")).header("Content-Language", "en")
                .header("Content-Security-Policy", containsString("sandbox"))
                .body(containsString("Dear France,"));
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(draft).queryParam("target", "FR")
                .when().post(PREVIEW, slug, "en")
                .then().statusCode(200).body("subject", equalTo("To France"))
                .body("html", containsString("Dear France,"));
        given().when().get(TEMPLATE, slug, "en")
                .then().statusCode(200).body("subject", equalTo("Saved subject"))
                .body("body", equalTo("<p>Saved text</p>"));
        given().queryParam("target", "FR").when().get(PREVIEW, slug, "en")
                .then().statusCode(200).body(containsString("Saved text")).body(not(containsString("Dear France")));
    }

    @Test
    void aDraftInALanguageWithoutATemplateYetCanBePreviewed() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "À {target.name}", "body", "<p>Madame,</p>"))
                .queryParam("target", "FR").when().post(PREVIEW, slug, "fr")
                .then().statusCode(200).header("Content-Language", "fr").body(containsString("Madame,"));
        given().when().get(TEMPLATE, slug, "fr").then().statusCode(404);
    }

    @Test
    void aSyntaxErrorOnLineThreeIsA400WithLineThree() {
        String body = "<p>Dear {target.name},</p>\n<p>We ask you</p>\n<p>{#if counts.total}to act</p>\n";
        given().contentType(ContentType.JSON).body(Map.of("subject", "Letter", "body", body))
                .queryParam("target", "FR").when().post(PREVIEW, slug, "en")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("type", equalTo("/problems/template"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].message", containsString("line 3"));
    }

    @Test
    void anUnknownValueIsA400WithItsLineAndColumn() {
        String body = "<p>Dear {target.name},</p>\n<p>{petition.nickname}</p>";
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("subject", "Letter", "body", body))
                .queryParam("target", "FR").when().post(PREVIEW, slug, "en")
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].line", equalTo(2)).body("errors[0].column", equalTo(4))
                .body("errors[0].message", containsString("line 2"));
    }

    @Test
    void savingATemplateWithAnErrorAlsoNamesTheLine() {
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "Letter", "body", "<p>one</p>\n<p>two</p>\n<p>{#for}</p>"))
                .when().put(TEMPLATE, slug, "en")
                .then().statusCode(400).body("errors[0].field", equalTo("body")).body("errors[0].line", equalTo(3));
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.nickname}", "body", "<p>ok</p>"))
                .when().put(TEMPLATE, slug, "en")
                .then().statusCode(400).body("errors[0].field", equalTo("subject")).body("errors[0].line", equalTo(1));
    }

    @Test
    void badDraftsAndTargetsAreProblems() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "", "body", ""))
                .queryParam("target", "FR").when().post(PREVIEW, slug, "en")
                .then().statusCode(400).body("type", equalTo("/problems/validation"));
        given().contentType(ContentType.JSON).body(Map.of("subject", "x", "body", "<p>x</p>"))
                .when().post(PREVIEW, slug, "en")
                .then().statusCode(400).body("errors[0].field", equalTo("target"))
                .body("errors[0].line", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("subject", "x", "body", "<p>x</p>"))
                .queryParam("target", "FR").when().post(PREVIEW, slug, "English")
                .then().statusCode(400).body("errors[0].field", equalTo("locale"));
        given().contentType(ContentType.JSON).body(Map.of("subject", "x", "body", "<p>x</p>"))
                .queryParam("target", "FR").when().post(PREVIEW, "never-published", "en")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "abel", roles = "approver")
    void anApproverCannotPreviewADraft() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "x", "body", "<p>x</p>"))
                .queryParam("target", "FR").when().post(PREVIEW, "any", "en")
                .then().statusCode(403).contentType(containsString("application/problem+json"));
    }
}
