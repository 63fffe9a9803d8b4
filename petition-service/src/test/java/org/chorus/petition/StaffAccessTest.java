package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Only a campaigner's valid Keycloak token opens the staff API; the public API needs none. Tokens are real, signed
 * by the stand-in for realm chorus (KeycloakTestIssuer) and checked by quarkus-oidc.
 */
@QuarkusTest
class StaffAccessTest {

    @Inject
    TestPetitions petitions;

    record Call(String method, String path, String accept) {
    }

    private List<Call> staffCalls(String slug) {
        return List.of(new Call("GET", "/api/petitions", "application/json"),
                new Call("POST", "/api/petitions", "application/json"),
                new Call("PUT", "/api/petitions/" + slug, "application/json"),
                new Call("GET", "/api/petitions/" + slug + "/definition", "application/json"),
                new Call("POST", "/api/petitions/" + slug + "/publish", "application/json"),
                new Call("POST", "/api/petitions/" + slug + "/close", "application/json"),
                new Call("GET", "/api/petitions/" + slug + "/signatures", "application/json"),
                new Call("GET", "/api/petitions/" + slug + "/signatures", "text/csv"));
    }

    @Test
    void everyStaffCallWithoutATokenIs401ProblemJson() {
        Petition p = petitions.create(Petition.Status.DRAFT);
        for (Call call : staffCalls(p.slug)) {
            send(given(), call).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("/problems/unauthorized"));
        }
        assertStillADraft(p);
    }

    @Test
    void everyStaffCallWithAnotherRoleIs403ProblemJson() {
        Petition p = petitions.create(Petition.Status.DRAFT);
        for (String role : List.of("partner", "approver")) {
            for (Call call : staffCalls(p.slug)) {
                send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role)), call).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/forbidden"));
            }
        }
        assertStillADraft(p);
    }

    @Test
    void aTokenSignedByAnotherKeyOrExpiredIs401() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (String token : List.of(KeycloakTokens.signedByAnotherKeyWithRealmRoles("campaigner"),
                KeycloakTokens.expiredWithRealmRoles("campaigner"))) {
            given().auth().oauth2(token).when().get("/api/petitions/{slug}/signatures", p.slug)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void theSignerListNeedsTheCampaignerRole() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Signer.sign(p.slug, Signer.newEmail(), "MM");
        given().auth().oauth2(KeycloakTokens.withRealmRoles("campaigner"))
                .when().get("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void thePublicApiNeedsNoToken() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().when().get("/api/petitions/{slug}", p.slug).then().statusCode(200);
        given().when().get("/api/petitions/{slug}/tally", p.slug).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", p.slug).then().statusCode(202);
        given().when().get("/p/{slug}", p.slug).then().statusCode(200);
    }

    private static io.restassured.response.Response send(RequestSpecification request, Call call) {
        RequestSpecification r = request.accept(call.accept());
        if (!call.method().equals("GET")) {
            r = r.contentType(ContentType.JSON).body(Map.of());
        }
        return r.request(call.method(), call.path());
    }

    private void assertStillADraft(Petition p) {
        assertEquals(Petition.Status.DRAFT, petitions.bySlug(p.slug).status);
    }
}
