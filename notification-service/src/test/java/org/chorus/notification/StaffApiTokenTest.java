package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real signed tokens through quarkus-oidc, checked against the keys of a stand-in for realm chorus: this service
 * checks the staff API's tokens itself, whatever the gateway did.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class StaffApiTokenTest {

    private static final String EMAILS = "/api/notifications/emails";

    @Test
    void campaignerTokenListsEmails() {
        given().auth().oauth2(KeycloakTokens.withRealmRoles("campaigner"))
                .when().get(EMAILS).then().statusCode(200).body("page", equalTo(0));
    }

    @Test
    void partnerTokenIs403() {
        given().auth().oauth2(KeycloakTokens.withRealmRoles("partner"))
                .when().get(EMAILS).then().statusCode(403).body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void forgedAndExpiredTokensAre401() {
        given().auth().oauth2(KeycloakTokens.signedByAnotherKeyWithRealmRoles("campaigner", "admin"))
                .when().get(EMAILS).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(KeycloakTokens.expiredWithRealmRoles("admin")).contentType("application/json")
                .body("{\"messageId\":\"<x@y>\",\"type\":\"hard\"}")
                .when().post("/api/notifications/bounces").then().statusCode(401);
    }
}
