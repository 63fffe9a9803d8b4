package org.chorus.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chorus.console.support.ConsoleSession;
import org.chorus.console.support.StaffApiStandIn;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * A batch's letters on its page: which are in a translation no person reviewed (for the approver, before approving),
 * the "Refresh recipients" form when the directory has other contacts, and each dispatched letter's replies, listed
 * and recorded through letter-service with the CSRF token; a refusal is shown in the service's words.
 */
@QuarkusTest
@WithTestResource(FakeKeycloak.class)
@WithTestResource(StaffApiStandIn.class)
class BatchLettersPagesTest {

    private static final String REPLIES = "/batches/sent/letters/l-fr/replies";

    @ConfigProperty(name = StaffApiStandIn.URL)
    String standIn;

    private final ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
    private final ConsoleSession avery = ConsoleSession.as("avery", "approver");

    @Test
    void anApproverSeesWhichLettersAreInATranslationNoPersonReviewed() {
        String page = avery.given().get("/batches/mixed").then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"unreviewed-letters\">Some letters are in a text no person has reviewed yet "
                + "(ar)"), page);
        assertTrue(row(page, "Bahrain").contains("text not reviewed by a person"), row(page, "Bahrain"));
        assertEquals(false, row(page, "United Kingdom").contains("not reviewed"), row(page, "United Kingdom"));
        assertTrue(page.contains("Approve these letters"), page);
        assertTrue(recorded().contains("GET /api/letters/templates/demo Bearer " + avery.bearer()), recorded());
    }

    @Test
    void whenTheReviewStatesCannotBeReadThePageSaysSo() {
        casey.given().get("/batches/sent").then().statusCode(200)
                .body(containsString("id=\"review-state-unknown\""), containsString("(Not found)"),
                        not(containsString("translation not reviewed")));
    }

    @Test
    void aCampaignerRefreshesTheRecipientsWhenTheDirectoryDiffers() {
        Response page = casey.open("/batches/mixed");
        page.then().statusCode(200).body(containsString("id=\"directory-differs\""),
                containsString("action=\"/console/batches/mixed/recipients/refresh\""),
                containsString(">Refresh recipients</button>"));
        casey.form().post("/batches/mixed/recipients/refresh")
                .then().statusCode(303).header("Location", matchesPattern("^http://[^/]+/console/batches/mixed$"));
        assertTrue(recorded().contains("POST /api/letters/batches/mixed/recipients/refresh Bearer " + casey.bearer()),
                recorded());
        avery.given().get("/batches/mixed").then().statusCode(200)
                .body(containsString("id=\"directory-differs\""), not(containsString("Refresh recipients</button>")));
        casey.given().get("/batches/own").then().statusCode(200)
                .body(not(containsString("directory-differs")));
    }

    @Test
    void aRefreshRefusedByLetterServiceIsShownInItsWords() {
        casey.open("/batches/mixed");
        casey.form().post("/batches/sent/recipients/refresh")
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("The batch was dispatched: its recipients can no longer change."));
    }

    @Test
    void aRefreshWithoutItsCsrfTokenReachesNoService() {
        casey.given().contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/batches/own/recipients/refresh").then().statusCode(400);
        assertEquals(false, recorded().contains("/api/letters/batches/own/recipients/refresh"), recorded());
    }

    @Test
    void aDispatchedLettersRepliesAreListedAndLinkedFromTheBatch() {
        casey.given().get("/batches/sent").then().statusCode(200)
                .body(containsString("href=\"/console/batches/sent/letters/l-fr/replies\">Replies"));
        casey.given().get("/batches/mixed").then().statusCode(200)
                .body(not(containsString("/replies\">Replies")));
        avery.given().get(REPLIES).then().statusCode(200)
                .body(containsString("Replies to the letter to France"),
                        containsString("<td>ACKNOWLEDGED</td><td><time datetime=\"2026-12-02T09:00:00Z\">2 Dec 2026, 09:00 UTC</time></td>"
                                + "<td>Receipt acknowledged by the mission</td>"),
                        not(containsString("Record the reply")));
        casey.given().get("/batches/sent/letters/nothing/replies").then().statusCode(404)
                .body(containsString("This batch has no letter with this id"));
    }

    @Test
    void aReplyIsRecordedWithTheJsonLetterServiceExpects() {
        Response page = casey.open(REPLIES);
        page.then().statusCode(200).body(containsString("Record the reply"));
        casey.form().formParam("kind", "REPLIED").formParam("receivedAt", "2026-12-03T14:30")
                .formParam("summary", "  The minister will answer in writing.  ").post(REPLIES)
                .then().statusCode(303).header("Location", matchesPattern("^http://[^/]+/console" + REPLIES + "$"));
        assertTrue(recorded().contains("POST /api/letters/batches/sent/letters/l-fr/replies Bearer " + casey.bearer()
                + " {\"kind\":\"REPLIED\",\"receivedAt\":\"2026-12-03T14:30:00Z\","
                + "\"summary\":\"The minister will answer in writing.\"}"), recorded());
    }

    @Test
    void aRefusedReplyIsShownInTheServicesWordsWithWhatWasTyped() {
        casey.open(REPLIES);
        casey.form().formParam("kind", "REPLIED").formParam("receivedAt", "2099-01-01T10:00")
                .formParam("summary", "From the future").post(REPLIES)
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("receivedAt: must be a date in the past or in the present"),
                        containsString("value=\"2099-01-01T10:00\""), containsString(">From the future</textarea>"),
                        containsString("<option value=\"REPLIED\" selected>"));
        casey.form().formParam("kind", "REPLIED").formParam("receivedAt", "yesterday")
                .formParam("summary", "Not a time").post(REPLIES)
                .then().statusCode(400).body(containsString("must be a date and time such as"));
        assertEquals(false, recorded().contains("Not a time"), recorded());
    }

    @Test
    void aReplyWithoutItsCsrfTokenReachesNoService() {
        casey.given().contentType("application/x-www-form-urlencoded")
                .formParam("kind", "REPLIED").formParam("receivedAt", "2026-12-03T14:30")
                .formParam("summary", "Without a token").post(REPLIES).then().statusCode(400);
        assertEquals(false, recorded().contains("Without a token"), recorded());
    }

    /** The letters' table row of this target. */
    private static String row(String page, String targetName) {
        int start = page.indexOf("<td>" + targetName + " (");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private String recorded() {
        return RestAssured.given().baseUri(standIn).basePath("").get("/recorded").asString();
    }
}
