package org.chorus.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chorus.console.support.StaffApiStandIn;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A batch's letters on its page: which are in a translation no person reviewed (for the approver, before approving),
 * the "Refresh recipients" form when the directory has other contacts, and each dispatched letter's replies, listed
 * and recorded through letter-service with the CSRF token; a refusal is shown in the service's words.
 */
@QuarkusTest
@WithTestResource(FakeKeycloak.class)
@WithTestResource(StaffApiStandIn.class)
class BatchLettersPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String REPLIES = "/batches/sent/letters/l-fr/replies";

    @ConfigProperty(name = StaffApiStandIn.URL)
    String standIn;

    private final String casey = KeycloakTokens.forUserWithRealmRoles("casey", "campaigner");
    private final String avery = KeycloakTokens.forUserWithRealmRoles("avery", "approver");

    @Test
    void anApproverSeesWhichLettersAreInATranslationNoPersonReviewed() {
        String page = given().auth().oauth2(avery).get("/batches/mixed").then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"unreviewed-letters\">Some letters are in a text no person has reviewed yet "
                + "(ar)"), page);
        assertTrue(row(page, "Bahrain").contains("text not reviewed by a person"), row(page, "Bahrain"));
        assertEquals(false, row(page, "United Kingdom").contains("not reviewed"), row(page, "United Kingdom"));
        assertTrue(page.contains("Approve these letters"), page);
        assertTrue(recorded().contains("GET /api/letters/templates/demo Bearer " + avery), recorded());
    }

    @Test
    void whenTheReviewStatesCannotBeReadThePageSaysSo() {
        given().auth().oauth2(casey).get("/batches/sent").then().statusCode(200)
                .body(containsString("id=\"review-state-unknown\""), containsString("(Not found)"),
                        not(containsString("translation not reviewed")));
    }

    @Test
    void aCampaignerRefreshesTheRecipientsWhenTheDirectoryDiffers() {
        Response page = given().auth().oauth2(casey).get("/batches/mixed");
        page.then().statusCode(200).body(containsString("id=\"directory-differs\""),
                containsString("action=\"/console/batches/mixed/recipients/refresh\""),
                containsString(">Refresh recipients</button>"));
        form(page).post("/batches/mixed/recipients/refresh")
                .then().statusCode(303).header("Location", matchesPattern("^http://[^/]+/console/batches/mixed$"));
        assertTrue(recorded().contains("POST /api/letters/batches/mixed/recipients/refresh Bearer " + casey),
                recorded());
        given().auth().oauth2(avery).get("/batches/mixed").then().statusCode(200)
                .body(containsString("id=\"directory-differs\""), not(containsString("Refresh recipients</button>")));
        given().auth().oauth2(casey).get("/batches/own").then().statusCode(200)
                .body(not(containsString("directory-differs")));
    }

    @Test
    void aRefreshRefusedByLetterServiceIsShownInItsWords() {
        Response page = given().auth().oauth2(casey).get("/batches/mixed");
        form(page).post("/batches/sent/recipients/refresh")
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("The batch was dispatched: its recipients can no longer change."));
    }

    @Test
    void aRefreshWithoutItsCsrfTokenReachesNoService() {
        given().auth().oauth2(casey).contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/batches/own/recipients/refresh").then().statusCode(400);
        assertEquals(false, recorded().contains("/api/letters/batches/own/recipients/refresh"), recorded());
    }

    @Test
    void aDispatchedLettersRepliesAreListedAndLinkedFromTheBatch() {
        given().auth().oauth2(casey).get("/batches/sent").then().statusCode(200)
                .body(containsString("href=\"/console/batches/sent/letters/l-fr/replies\">Replies"));
        given().auth().oauth2(casey).get("/batches/mixed").then().statusCode(200)
                .body(not(containsString("/replies\">Replies")));
        given().auth().oauth2(avery).get(REPLIES).then().statusCode(200)
                .body(containsString("Replies to the letter to France"),
                        containsString("<td>ACKNOWLEDGED</td><td><time datetime=\"2026-12-02T09:00:00Z\">2 Dec 2026, 09:00 UTC</time></td>"
                                + "<td>Receipt acknowledged by the mission</td>"),
                        not(containsString("Record the reply")));
        given().auth().oauth2(casey).get("/batches/sent/letters/nothing/replies").then().statusCode(404)
                .body(containsString("This batch has no letter with this id"));
    }

    @Test
    void aReplyIsRecordedWithTheJsonLetterServiceExpects() {
        Response page = given().auth().oauth2(casey).get(REPLIES);
        page.then().statusCode(200).body(containsString("Record the reply"));
        form(page).formParam("kind", "REPLIED").formParam("receivedAt", "2026-12-03T14:30")
                .formParam("summary", "  The minister will answer in writing.  ").post(REPLIES)
                .then().statusCode(303).header("Location", matchesPattern("^http://[^/]+/console" + REPLIES + "$"));
        assertTrue(recorded().contains("POST /api/letters/batches/sent/letters/l-fr/replies Bearer " + casey
                + " {\"kind\":\"REPLIED\",\"receivedAt\":\"2026-12-03T14:30:00Z\","
                + "\"summary\":\"The minister will answer in writing.\"}"), recorded());
    }

    @Test
    void aRefusedReplyIsShownInTheServicesWordsWithWhatWasTyped() {
        Response page = given().auth().oauth2(casey).get(REPLIES);
        form(page).formParam("kind", "REPLIED").formParam("receivedAt", "2099-01-01T10:00")
                .formParam("summary", "From the future").post(REPLIES)
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("receivedAt: must be a date in the past or in the present"),
                        containsString("value=\"2099-01-01T10:00\""), containsString(">From the future</textarea>"),
                        containsString("<option value=\"REPLIED\" selected>"));
        form(page).formParam("kind", "REPLIED").formParam("receivedAt", "yesterday")
                .formParam("summary", "Not a time").post(REPLIES)
                .then().statusCode(400).body(containsString("must be a date and time such as"));
        assertEquals(false, recorded().contains("Not a time"), recorded());
    }

    @Test
    void aReplyWithoutItsCsrfTokenReachesNoService() {
        given().auth().oauth2(casey).contentType("application/x-www-form-urlencoded")
                .formParam("kind", "REPLIED").formParam("receivedAt", "2026-12-03T14:30")
                .formParam("summary", "Without a token").post(REPLIES).then().statusCode(400);
        assertEquals(false, recorded().contains("Without a token"), recorded());
    }

    /** The letters' table row of this target. */
    private static String row(String page, String targetName) {
        int start = page.indexOf("<td>" + targetName + " (");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** A form post with this page's CSRF cookie and token. */
    private RequestSpecification form(Response page) {
        Matcher field = CSRF_FIELD.matcher(page.asString());
        assertTrue(field.find(), "the page's forms carry the CSRF token");
        return given().redirects().follow(false).auth().oauth2(casey)
                .cookie("console-csrf", page.cookie("console-csrf"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", field.group(1));
    }

    private String recorded() {
        return RestAssured.given().baseUri(standIn).basePath("").get("/recorded").asString();
    }
}
