package org.chorus.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chorus.console.security.ConsoleHeaders;
import org.chorus.console.support.ConsoleSession;
import org.chorus.console.support.StaffApiStandIn;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The letter template editor: its Preview button posts the text as it stands (not saved) into the preview frame,
 * with the CSRF token, and letter-service's letter comes back under the letter's own policy; a template error, in
 * the frame or on saving, names its line and shows the text's lines numbered with that one marked.
 */
@QuarkusTest
@WithTestResource(FakeKeycloak.class)
@WithTestResource(StaffApiStandIn.class)
class LetterEditorPagesTest {

    private static final String EDITOR = "/petitions/demo/letters/en";
    private static final String WITH_ERROR_ON_LINE_3 = "<p>Dear {target.name},</p>\r\n<p>We ask</p>\r\n"
            + "<p>{petition.nickname}</p>\r\n<p>Yours</p>";

    @ConfigProperty(name = StaffApiStandIn.URL)
    String standIn;

    private final ConsoleSession casey = ConsoleSession.as("casey", "campaigner");

    @Test
    void theEditorHasAPreviewButtonThatPostsIntoTheFrameWithoutAScript() {
        String page = casey.given().get(EDITOR).then().statusCode(200).extract().asString();
        assertTrue(page.contains("formaction=\"/console/petitions/demo/letters/en/preview\" "
                + "formtarget=\"letter-preview\""), page);
        assertTrue(page.contains("<iframe class=\"letter letter-preview\" name=\"letter-preview\""), page);
        assertTrue(page.contains("<script src=\"/console/assets/letter-editor.js\" defer></script>"), page);
        assertTrue(page.contains("Saved body"), page);
        given().basePath("").get("/console/assets/letter-editor.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("form.requestSubmit(button)"));
    }

    @Test
    void thePreviewPostsTheUnsavedTextAndShowsTheLetterUnderItsOwnPolicy() {
        form().formParam("subject", "To {target.name}").formParam("body", "<p>Draft</p>").formParam("target", " gb")
                .post(EDITOR + "/preview")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", equalTo(ConsoleHeaders.LETTER_POLICY))
                .header("X-Frame-Options", (String) null)
                .body(containsString("Draft letter rendered by the stand-in"));
        assertTrue(recorded().contains("POST /api/letters/templates/demo/en/preview?target=GB Bearer " + casey.bearer()
                + " {\"subject\":\"To {target.name}\",\"body\":\"<p>Draft</p>\"}"), recorded());
        assertEquals(false, recorded().contains("PUT /api/letters/templates/demo/en"), recorded());
    }

    /** The live preview posts again and again from one page: its CSRF token must keep fitting. */
    @Test
    void theSamePagesTokenServesPreviewAfterPreview() {
        casey.open(EDITOR);
        for (String body : new String[] { "<p>First</p>", "<p>Second</p>", "<p>Third</p>" }) {
            casey.form().formParam("subject", "Live").formParam("body", body).formParam("target", "FR")
                    .post(EDITOR + "/preview").then().statusCode(200);
        }
        assertTrue(recorded().contains("\"body\":\"<p>Third</p>\""), recorded());
    }

    @Test
    void aPreviewWithoutItsCsrfTokenReachesNoService() {
        casey.given().contentType("application/x-www-form-urlencoded")
                .formParam("subject", "Without a token").formParam("body", "<p>x</p>").formParam("target", "FR")
                .post(EDITOR + "/preview").then().statusCode(400);
        assertEquals(false, recorded().contains("Without a token"), recorded());
    }

    @Test
    void aTemplateErrorInThePreviewNamesItsLineAndMarksIt() {
        String page = form().formParam("subject", "Letter").formParam("body", WITH_ERROR_ON_LINE_3)
                .formParam("target", "FR").post(EDITOR + "/preview")
                .then().statusCode(400).contentType(containsString("text/html"))
                .header("Content-Security-Policy", equalTo(ConsoleHeaders.LETTER_POLICY))
                .body(containsString("Invalid template"), containsString("body: line 3: nickname not found"))
                .extract().asString();
        assertMarked(page);
    }

    @Test
    void aTargetThatIsNotACodeIsRefusedInTheFrameWithoutAsking() {
        form().formParam("subject", "Letter").formParam("body", "<p>Bad target</p>").formParam("target", "F?")
                .post(EDITOR + "/preview")
                .then().statusCode(400).header("Content-Security-Policy", equalTo(ConsoleHeaders.LETTER_POLICY))
                .body(containsString("The target must be an ISO code such as FR"));
        assertEquals(false, recorded().contains("Bad target"), recorded());
    }

    @Test
    void savingATemplateWithAnErrorKeepsTheTextAndMarksTheFailingLine() {
        String page = form().formParam("subject", "Letter").formParam("body", WITH_ERROR_ON_LINE_3)
                .formParam("target", "GB").post(EDITOR)
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("body: line 3: nickname not found"),
                        containsString(">&lt;p&gt;Dear {target.name},&lt;/p&gt;\r\n&lt;p&gt;We ask"),
                        containsString("id=\"target\" name=\"target\" value=\"GB\""),
                        not(containsString("iframe class=\"letter ")))
                .extract().asString();
        assertMarked(page);
    }

    @Test
    void aRefusalWithoutALineMarksNoLine() {
        form().formParam("subject", "").formParam("body", "<p>x</p>").formParam("target", "FR")
                .post("/petitions/other/letters/en/preview")
                .then().statusCode(404)
                .body(containsString("Not found"), not(containsString("class=\"error-line\"")));
    }

    /** Line 3 alone is marked, as an item of the numbered lines, with words for a screen reader. */
    private static void assertMarked(String page) {
        assertTrue(page.contains("<li class=\"error-line\" id=\"error-line\"><strong class=\"visually-hidden\">"
                + "Error on this line: </strong><code>&lt;p&gt;{petition.nickname}&lt;/p&gt;</code></li>"), page);
        assertTrue(page.contains("<li><code>&lt;p&gt;We ask&lt;/p&gt;</code></li>"), page);
        assertTrue(page.contains("<li><code>&lt;p&gt;Yours&lt;/p&gt;</code></li>"), page);
        assertEquals(1, page.split("class=\"error-line\"", -1).length - 1, page);
        assertTrue(page.contains("line 3 marked"), page);
    }

    /** A form post from the editor page, with that page's CSRF cookie and token. */
    private RequestSpecification form() {
        casey.open(EDITOR);
        return casey.form();
    }

    private String recorded() {
        return RestAssured.given().baseUri(standIn).basePath("").get("/recorded").asString();
    }
}
