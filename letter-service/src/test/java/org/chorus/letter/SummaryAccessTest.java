package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Who may read the signatory summary. No Keycloak runs here (the test profile points OIDC at a closed port): the
 * service starts anyway, and a token it cannot verify is refused. Real signed tokens: KeycloakTokenTest.
 */
@QuarkusTest
class SummaryAccessTest {

    private static final String SUMMARY = "/api/letters/petitions/{slug}/signatories/summary";

    @Test
    void summaryWithoutATokenIs401ProblemJson() {
        given().when().get(SUMMARY, "myanmar-arms-embargo")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void summaryWithATokenWhileKeycloakIsUnreachableIs503ProblemJson() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl").when().get(SUMMARY, "myanmar-arms-embargo")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("/problems/identity-provider-unavailable"));
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void summaryForThePartnerRoleIs403ProblemJson() {
        given().when().get(SUMMARY, "myanmar-arms-embargo")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    @TestSecurity(user = "campaigner", roles = "campaigner")
    void summaryForACampaignerIs200() {
        given().when().get(SUMMARY, "myanmar-arms-embargo")
                .then().statusCode(200)
                .contentType("application/json")
                .body("petition", equalTo("myanmar-arms-embargo"));
    }

    @Test
    @TestSecurity(user = "campaigner", roles = "campaigner")
    void petitionTheReadModelHasNotSeenHasZeroSignatories() {
        given().when().get(SUMMARY, "never-seen-" + System.nanoTime())
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("named", equalTo(0))
                .body("byCountry", anEmptyMap());
    }
}
