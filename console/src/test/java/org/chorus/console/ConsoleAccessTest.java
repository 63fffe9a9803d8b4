package org.chorus.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chorus.console.support.ConsoleSession;
import org.chorus.console.support.StaffApiStandIn;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Who gets into the console: nobody without signing in (sent to Keycloak with PKCE), no partner and no one without
 * a staff role (a page that says so), and no form that did not come from the console (CSRF), whatever token it has.
 */
@QuarkusTest
@WithTestResource(FakeKeycloak.class)
@WithTestResource(StaffApiStandIn.class)
class ConsoleAccessTest {

    @ConfigProperty(name = FakeKeycloak.ISSUER)
    String issuer;

    @ConfigProperty(name = StaffApiStandIn.URL)
    String standIn;

    @Test
    void withoutASessionAPageSendsThePersonToKeycloakWithPkce() {
        Response response = given().redirects().follow(false).accept("text/html").get("/petitions");
        assertEquals(302, response.statusCode());
        String location = response.header("Location");
        assertTrue(location.startsWith(issuer + "/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("client_id=chorus-console"), location);
        assertTrue(location.contains("response_type=code"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
        assertTrue(location.contains("code_challenge="), location);
        assertTrue(location.contains("redirect_uri=http%3A%2F%2Flocalhost"), location);
    }

    @Test
    void behindTheGatewayTheSignInComesBackToThePublicAddress() {
        Response response = given().redirects().follow(false).accept("text/html")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "chorus.example.org")
                .get("/");
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").contains("redirect_uri=https%3A%2F%2Fchorus.example.org%2Fconsole"),
                response.header("Location"));
    }

    @Test
    void anExpiredTokenIsNoSession() {
        String expired = KeycloakTokens.expiredWithRealmRoles("campaigner");
        given().redirects().follow(false).auth().oauth2(expired).get("/petitions").then().statusCode(401);
        assertEquals("", callsWith(expired));
    }

    @Test
    void aPartnersTokenGetsThePageSayingTheConsoleIsNotForPartners() {
        String partner = KeycloakTokens.forClient("demo-partner", "demo-partner", "partner");
        given().auth().oauth2(partner).get("/petitions")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("The console is not for partners"), not(containsString("Demo petition")));
        ConsoleSession.as("pat", "partner").given()
                .get("/").then().statusCode(403).body(containsString("not for partners"));
        assertEquals("", callsWith(partner));
    }

    @Test
    void someoneWithoutAStaffRoleIsToldToAskForOne() {
        ConsoleSession.as("someone").given()
                .get("/").then().statusCode(403).body(containsString("none of the staff roles"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndReachesNoService() {
        ConsoleSession.as("casey", "campaigner").given()
                .contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/petitions/csrf-demo/publish")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("did not come from the console"));
        assertEquals("", callsWith("csrf-demo"));
    }

    @Test
    void theSignedOutPageNeedsNoSession() {
        given().get("/signed-out").then().statusCode(200).body(containsString("You are signed out"));
    }

    @Test
    void pagesAllowNothingFromElsewhereAndAreNeverCached() {
        ConsoleSession.as("casey", "campaigner").given()
                .get("/petitions")
                .then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'none'; script-src 'self'; style-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", "no-store");
    }

    /** The calls the services got that contain this text (a path, a token), one per line. */
    private String callsWith(String text) {
        String recorded = RestAssured.given().baseUri(standIn).basePath("").get("/recorded").asString();
        return String.join("\n", recorded.lines().filter(line -> line.contains(text)).toList());
    }
}
