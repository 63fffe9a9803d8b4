package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * GET /api/petitions/{slug}/preview: the public page as staff check it, drafts included, in each of the petition's
 * languages, under a banner and with a form that cannot sign; for the campaigner only, and kept by nobody.
 */
@QuarkusTest
class PetitionPreviewTest {

    @Inject
    TestPetitions petitions;

    @Test
    void aDraftIsShownWithTheBannerAndAFormThatCannotSign() {
        Petition p = petitions.create(Petition.Status.DRAFT);
        given().when().get("/p/{slug}", p.slug).then().statusCode(404);

        String html = Staff.campaigner().accept("text/html").when().get("/api/petitions/{slug}/preview", p.slug)
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Robots-Tag", "noindex")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("form-action 'none'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<h1>Test petition</h1>"), containsString("First demand"),
                        containsString("role=\"note\""),
                        containsString("<strong>Preview:</strong> not published, this form does not sign."))
                .extract().asString();
        assertTrue(html.contains("<form>"), "the form has no method and no action");
        assertFalse(html.contains("action=\"/p/"), "the form posts nowhere");
        assertTrue(html.contains("type=\"submit\" disabled>"), "its button is off");
        assertTrue(html.contains("id=\"sign-name\""), "the form's fields are shown as signers will see them");
    }

    @Test
    void eachOfThePetitionsLanguagesIsShownAndAnotherFallsBackAsOnThePublicPage() {
        Petition p = petitions.createInEnglishAndBurmese(Petition.Status.DRAFT);
        Staff.campaigner().accept("text/html").when().get("/api/petitions/{slug}/preview?lang=my", p.slug)
                .then().statusCode(200).header("Content-Language", "my")
                .body(containsString("<html lang=\"my\""), containsString("မြန်မာ စမ်းသပ် တောင်းဆိုလွှာ"));
        Staff.campaigner().accept("text/html").header("Accept-Language", "my")
                .when().get("/api/petitions/{slug}/preview?lang=fr", p.slug)
                .then().statusCode(200).header("Content-Language", "my");
        Staff.campaigner().accept("text/html").when().get("/api/petitions/{slug}/preview?lang=xx", p.slug)
                .then().statusCode(200).header("Content-Language", "en").body(containsString("<h1>Test petition</h1>"));
    }

    @Test
    void anOpenPetitionsPreviewSaysItIsPublishedAndStillDoesNotSign() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Staff.campaigner().accept("text/html").when().get("/api/petitions/{slug}/preview", p.slug)
                .then().statusCode(200)
                .body(containsString("<strong>Preview:</strong> published, but this form does not sign."),
                        not(containsString("action=\"/p/")));
        given().when().get("/p/{slug}", p.slug).then().statusCode(200)
                .body(not(containsString("Preview:")), containsString("action=\"/p/" + p.slug + "\""));
    }

    @Test
    void anUnknownPetitionIsA404Problem() {
        Staff.campaigner().accept("text/html").when().get("/api/petitions/no-such-petition/preview")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/petition-not-found"));
    }

    @Test
    void onlyTheCampaignerMayPreview() {
        Petition p = petitions.create(Petition.Status.DRAFT);
        given().accept("text/html").when().get("/api/petitions/{slug}/preview", p.slug)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.forClient("demo-partner", "demo-partner", "partner")).accept("text/html")
                .when().get("/api/petitions/{slug}/preview", p.slug)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
