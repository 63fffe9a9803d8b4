package org.chorus.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
 * The console calls the services as the signed-in person (their own token), sends a form only with its CSRF token,
 * shows a service's refusal in the service's own words, and tells an approver why they cannot approve their own
 * batch instead of offering a button that would fail.
 */
@QuarkusTest
@WithTestResource(FakeKeycloak.class)
@WithTestResource(StaffApiStandIn.class)
class ConsolePagesTest {

    @ConfigProperty(name = StaffApiStandIn.URL)
    String standIn;

    @Test
    void theServicesAreCalledWithTheSignedInPersonsOwnToken() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.given().get("/petitions")
                .then().statusCode(200).body(containsString("Demo petition"), containsString("casey (campaigner)"));
        assertTrue(recorded().contains("GET /api/petitions Bearer " + casey.bearer()), recorded());
    }

    @Test
    void aFormWithItsCsrfTokenReachesTheService() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.open("/petitions/demo").then().statusCode(200).body(containsString("Publish"));
        casey.form().post("/petitions/demo/publish")
                .then().statusCode(303).header("Location", matchesPattern("^http://[^/]+/console/petitions/demo$"));
        assertTrue(recorded().contains("POST /api/petitions/demo/publish Bearer " + casey.bearer()), recorded());
    }

    /** The letter preview's frame, a PDF in another tab, a second tab: the forms already on screen keep working. */
    @Test
    void aPagesFormStillWorksAfterTheSameBrowserOpenedOtherPages() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.open("/petitions/demo");
        String cookie = casey.cookie();
        for (String other : List.of("/petitions/demo/letters/en/preview?target=FR", "/batches", "/petitions/demo")) {
            Response opened = casey.given().cookie(ConsoleSession.CSRF_COOKIE, cookie).get(other);
            String renewed = opened.cookie(ConsoleSession.CSRF_COOKIE);
            assertTrue(renewed == null || renewed.equals(cookie), other + " gives the browser a new token: " + renewed);
        }
        casey.form().post("/petitions/demo/publish")
                .then().statusCode(303);
    }

    @Test
    void aTokenFromAnotherPagesCookieDoesNotFitThisForm() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.open("/petitions/demo");
        String firstPagesToken = casey.csrfToken();
        casey.open("/petitions/demo");
        casey.formWith(firstPagesToken + "x")
                .post("/petitions/demo/close").then().statusCode(400);
        assertTrue(!recorded().contains("/api/petitions/demo/close"), recorded());
    }

    @Test
    void timesAreShownForPeopleWithTheirInstantKeptForTheReadersTimeZone() {
        ConsoleSession.as("avery", "approver").given()
                .get("/batches/own")
                .then().statusCode(200)
                .body(containsString("approver, <time datetime=\"2026-12-01T10:00:00Z\">1 Dec 2026, 10:00 UTC</time>"),
                        containsString("<script src=\"/console/assets/times.js\" defer></script>"));
        given().get("/assets/times.js").then().statusCode(200).body(containsString("Intl.DateTimeFormat"));
    }

    @Test
    void anApproverIsToldWhyTheyCannotApproveTheirOwnBatch() {
        ConsoleSession.as("approver", "approver").given()
                .get("/batches/own")
                .then().statusCode(200)
                .body(containsString("You created this batch, so another person must approve it"),
                        not(containsString("Approve these letters")));
        ConsoleSession.as("avery", "approver").given()
                .get("/batches/own")
                .then().statusCode(200).body(containsString("Approve these letters"));
    }

    @Test
    void aServicesRefusalIsShownInItsOwnWordsWithItsStatus() {
        ConsoleSession avery = ConsoleSession.as("avery", "approver");
        avery.open("/batches/own");
        avery.form()
                .post("/batches/own/approve")
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("The creator of a batch cannot approve it"),
                        containsString("Another approver must approve this batch."));
    }

    @Test
    void theBatchListWithoutAFilterShowsEveryBatchAndAnUnknownFilterIsIgnored() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.given().get("/batches").then().statusCode(200).body(containsString("Delivery batches"));
        casey.given().queryParam("status", "NONSENSE").get("/batches")
                .then().statusCode(200).body(containsString("Delivery batches"));
        casey.given().get("/emails").then().statusCode(200).body(containsString("FAILED"),
                containsString("The suppression list holds <strong>5</strong> address(es)"));
    }

    @Test
    void aTranslationNotYetReviewedByAPersonIsMarkedSo() {
        String page = ConsoleSession.as("casey", "campaigner").given()
                .get("/petitions/demo").then().statusCode(200).extract().asString();
        assertTrue(row(page, "ar").contains("not reviewed by a person"), row(page, "ar"));
        assertTrue(row(page, "en").contains("reviewed by demo") && !row(page, "en").contains("not reviewed"),
                row(page, "en"));
        assertTrue(row(page, "zh").contains("none yet"), row(page, "zh"));
    }

    @Test
    void aPetitionsPreviewInEachLanguageIsFetchedWithThePersonsTokenAndCannotPostAnywhere() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.given().get("/petitions/demo").then().statusCode(200)
                .body(containsString("<a href=\"/console/petitions/demo/preview/en\">Preview in en</a>"),
                        containsString("<a href=\"/console/petitions/demo/preview/my\">Preview in my</a>"),
                        not(containsString("/p/demo?lang=")));
        casey.given().get("/petitions/demo/preview/my")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("style-src 'self'"))
                .header("Content-Security-Policy", containsString("form-action 'none'"))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .body(containsString("Preview: not published, this form does not sign."),
                        containsString("href=\"/p/assets/petition.css\""), containsString("asked for lang=my"));
        assertTrue(recorded().contains("GET /api/petitions/demo/preview?lang=my Bearer " + casey.bearer()), recorded());
        casey.given().get("/petitions/nothing/preview/en").then().statusCode(404);
    }

    @Test
    void aPartnersOriginsAreReplacedOnePerLineAndARefusalIsShownWithTheTextKept() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        Response page = casey.open("/partners/friends");
        page.then().statusCode(200).body(containsString("<label for=\"allowedOrigins\">"),
                containsString("required aria-describedby=\"origins-help\">https://friends.example.org</textarea>"));
        casey.form()
                .formParam("allowedOrigins",
                        "https://friends.example.org\r\n\r\n  https://www.friends.example.org \r\n")
                .post("/partners/friends/origins")
                .then().statusCode(303).header("Location", matchesPattern("^http://[^/]+/console/partners/friends$"));
        assertTrue(recorded().contains("PUT /api/partners/friends/origins Bearer " + casey.bearer()
                + " {\"allowedOrigins\":[\"https://friends.example.org\",\"https://www.friends.example.org\"]}"),
                recorded());

        casey.form()
                .formParam("allowedOrigins", "https://friends.example.org\r\njavascript:x")
                .post("/partners/friends/origins")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Invalid request"),
                        containsString("allowedOrigins[1]: must be a web origin such as https://example.org"),
                        containsString(">https://friends.example.org\r\njavascript:x</textarea>"));
    }

    /** The row of the letters' table for this language. */
    private static String row(String page, String locale) {
        int start = page.indexOf("/letters/" + locale + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void aRegisteredPartnersSecretIsShownOnTheAnswerAndTheOriginsGoOnePerLine() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.open("/partners");
        casey.form()
                .formParam("slug", "friends").formParam("name", "Friends of Myanmar")
                .formParam("allowedOrigins", "https://friends.example.org\r\nhttps://www.friends.example.org")
                .post("/partners")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("client-secret-shown-once"), containsString("shown this once"));
        assertTrue(recorded().contains(
                "\"allowedOrigins\":[\"https://friends.example.org\",\"https://www.friends.example.org\"]"),
                recorded());
    }

    @Test
    void aRefusedRegistrationIsShownInTheServicesWordsWithWhatWasTyped() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.open("/partners");
        casey.form()
                .formParam("slug", "friends").formParam("name", "Friends of Myanmar")
                .formParam("allowedOrigins", "https://friends.example.org\njavascript:alert(1)")
                .post("/partners")
                .then().statusCode(400)
                .body(containsString("value=\"Friends of Myanmar\""),
                        containsString("https://friends.example.org\njavascript:alert(1)</textarea>"),
                        not(containsString("client-secret-shown-once")));
    }

    @Test
    void aTargetsContactsAreSavedFromTheFormsSlotsAndAnEmptySlotIsDropped() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.open("/partners");
        casey.form()
                .formParam("code", "FR").formParam("name", "France").formParam("locale", "fr")
                .formParam("role", "UN_MISSION", "FOREIGN_MINISTRY")
                .formParam("contactName", "Mission of France", "")
                .formParam("title", "", "").formParam("salutation", "Excellency,", "")
                .formParam("email", "un-mission@fr.example.org", "").formParam("postalAddress", "", "")
                .post("/directory/targets/t1")
                .then().statusCode(303);
        assertTrue(recorded().contains("PUT /api/letters/targets/t1 Bearer " + casey.bearer()
                + " {\"code\":\"FR\",\"name\":\"France\",\"locale\":\"fr\",\"contacts\":[{\"role\":\"UN_MISSION\","
                + "\"name\":\"Mission of France\","
                + "\"title\":null,\"salutation\":\"Excellency,\",\"email\":\"un-mission@fr.example.org\","
                + "\"postalAddress\":null}]}"), recorded());
    }

    @Test
    void theDashboardShowsRatesTheEmailQueueAndSignaturesOverTimeDrawnWithoutAScript() {
        String page = ConsoleSession.as("avery", "approver").given()
                .get("/petitions/demo/dashboard").then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"confirmation-rate\">66.7 %"), page);
        assertTrue(page.contains("id=\"email-queue\">3, the oldest for 42 s"), page);
        assertTrue(page.contains("id=\"bounce-rate\">10.0 %"), page);
        assertTrue(page.contains("<td>demo-partner</td>") && page.contains("<td>directly</td>"), page);
        assertTrue(page.contains("<td>newsletter</td><td>email</td><td>dec</td>"), page);
        // the busiest hour's signed bar is the chart's full height; an empty hour has none
        assertTrue(page.contains("<rect class=\"signed\" x=\"10.0\" y=\"0.0\" width=\"4.0\" height=\"120.0\">"), page);
        assertTrue(page.contains("<rect class=\"signed\" x=\"0.0\" y=\"120.0\" width=\"4.0\" height=\"0.0\">"), page);
        assertTrue(recorded().contains("GET /api/notifications/stats"), recorded());
    }

    @Test
    void aPageOfSomethingThatDoesNotExistIsA404Page() {
        ConsoleSession.as("casey", "campaigner").given()
                .get("/petitions/nothing-here")
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("Not found"));
        ConsoleSession.as("casey", "campaigner").given()
                .get("/no/such/page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("There is no such page in the console"));
    }

    @Test
    void aPetitionFormThatCannotBeReadIsShownAgainWithWhatIsWrong() {
        ConsoleSession casey = ConsoleSession.as("casey", "campaigner");
        casey.open("/petitions/new");
        casey.form()
                .formParam("slug", "typed-by-hand").formParam("title", "Kept as typed").formParam("goal", "many")
                .post("/petitions")
                .then().statusCode(400).body(containsString("The goal must be a whole number."),
                        containsString("value=\"Kept as typed\""));
        assertEquals(false, recorded().contains("POST /api/petitions "), recorded());
    }

    private String recorded() {
        return RestAssured.given().baseUri(standIn).basePath("").get("/recorded").asString();
    }
}
