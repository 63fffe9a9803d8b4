package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.letter.service.Petitions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Letter templates are stored per petition and language only if they render with a letter's values; a template
 * error is a 400 with its line. The petition they quote comes from petition.published.
 */
@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class LetterTemplateTest {

    @Inject
    Petitions petitions;

    private String slug;

    @BeforeEach
    void publishAPetition() throws Exception {
        slug = PublishedPetitions.publish(petitions).slug();
    }

    @Test
    void aTemplateThatRendersIsStoredAndReadBack() {
        String body = "<p>{recipient.salutation},</p><p>{counts.total} people ask {target.name} to act:</p>"
                + "<ul>{#for d in petition.demands}<li>{d.text}</li>{/for}</ul><p>{manifest.root}</p>";
        given().contentType(ContentType.JSON).body(Map.of("subject", "{petition.title}", "body", body))
                .when().put("/api/letters/templates/{slug}/{locale}", slug, "fr")
                .then().statusCode(200).body("petition", equalTo(slug)).body("locale", equalTo("fr"))
                .body("updatedBy", equalTo("campaigner"));
        given().when().get("/api/letters/templates/{slug}/{locale}", slug, "fr")
                .then().statusCode(200).body("body", equalTo(body));
    }

    @Test
    void aTemplateThatDoesNotCompileIsA400WithTheLine() {
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "Letter", "body", "<p>Dear {recipient.name},</p>\n<p>{#if counts.total}\n</p>"))
                .when().put("/api/letters/templates/{slug}/{locale}", slug, "en")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("type", equalTo("/problems/template"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("line "));
        given().when().get("/api/letters/templates/{slug}/{locale}", slug, "en").then().statusCode(404);
    }

    @Test
    void aTemplateNamingAValueLettersDoNotHaveIsA400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.nickname}", "body", "<p>ok</p>"))
                .when().put("/api/letters/templates/{slug}/{locale}", slug, "en")
                .then().statusCode(400).body("errors[0].field", equalTo("subject"))
                .body("errors[0].message", containsString("line 1"));
    }

    @Test
    void unknownPetitionAndBadInputAreProblems() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "x", "body", "<p>x</p>"))
                .when().put("/api/letters/templates/{slug}/{locale}", "never-published", "en")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("subject", "x", "body", "<p>x</p>"))
                .when().put("/api/letters/templates/{slug}/{locale}", slug, "English")
                .then().statusCode(400).body("errors[0].field", equalTo("locale"));
        given().contentType(ContentType.JSON).body(Map.of("subject", "", "body", ""))
                .when().put("/api/letters/templates/{slug}/{locale}", slug, "en")
                .then().statusCode(400);
    }
}
