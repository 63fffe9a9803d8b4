package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real signed tokens through quarkus-oidc, checked against the keys of a stand-in for realm chorus: proves that
 * Keycloak's realm roles are the roles {@code @RolesAllowed} sees, and that bad tokens are refused.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class KeycloakTokenTest {

    private static final String SUMMARY = "/api/letters/petitions/{slug}/signatories/summary";

    @Test
    void campaignerRealmRoleInAKeycloakTokenGrantsTheSummary() {
        given().auth().oauth2(KeycloakTokens.withRealmRoles("campaigner", "offline_access"))
                .when().get(SUMMARY, "myanmar-arms-embargo")
                .then().statusCode(200)
                .body("petition", equalTo("myanmar-arms-embargo"));
    }

    @Test
    void partnerRealmRoleInAKeycloakTokenIs403ProblemJson() {
        given().auth().oauth2(KeycloakTokens.withRealmRoles("partner"))
                .when().get(SUMMARY, "myanmar-arms-embargo")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void tokenSignedByAnotherKeyIs401ProblemJson() {
        given().auth().oauth2(KeycloakTokens.signedByAnotherKeyWithRealmRoles("campaigner"))
                .when().get(SUMMARY, "myanmar-arms-embargo")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void expiredTokenIs401ProblemJson() {
        given().auth().oauth2(KeycloakTokens.expiredWithRealmRoles("campaigner"))
                .when().get(SUMMARY, "myanmar-arms-embargo")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }
}
