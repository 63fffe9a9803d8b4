package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.keycloak.RefusedToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Only a campaigner's valid Keycloak token opens the staff API (a petition's numbers: any staff role's); the public
 * API needs none. Tokens are real, signed by the stand-in for realm chorus (KeycloakTestIssuer) and checked by
 * quarkus-oidc.
 */
@QuarkusTest
class StaffAccessTest {

    @Inject
    TestPetitions petitions;

    /** What anyone may call: the pages and API of signing and counting, and the widget. */
    private static final Set<String> PUBLIC = Set.of("GET /p/{slug}", "POST /p/{slug}", "GET /confirm", "POST /confirm",
            "GET /withdraw", "POST /withdraw", "GET /api/petitions/{slug}", "GET /api/petitions/{slug}/tally",
            "GET /api/petitions/{slug}/tally/stream", "GET /api/petitions/{slug}/proof-of-work",
            "POST /api/petitions/{slug}/signatures", "POST /api/signatures/confirm", "POST /api/signatures/withdraw",
            "GET /internal/partner-origins", "GET /widget.js", "GET /embed/{slug}", "POST /embed/{slug}",
            "GET /embed/assets/embed.js", "GET /embed/assets/accent.css");

    /** Staff roles that may read a petition (its text, its preview and its numbers), not only the campaigner. */
    private static final List<String> EVERY_STAFF_ROLE = List.of("campaigner", "approver", "admin");

    record Call(String method, String path, String accept) {
    }

    /** Calls that every staff role may make (EVERY_STAFF_ROLE); the others need the campaigner role. */
    private static List<Call> staffReadCalls(String slug) {
        return List.of(new Call("GET", "/api/petitions", "application/json"),
                new Call("GET", "/api/petitions/" + slug + "/definition", "application/json"),
                new Call("GET", "/api/petitions/" + slug + "/preview", "text/html"),
                new Call("GET", "/api/petitions/" + slug + "/stats", "application/json"));
    }

    private List<Call> everyStaffCall(String slug) {
        List<Call> calls = new ArrayList<>(staffCalls(slug));
        calls.addAll(staffReadCalls(slug));
        return calls;
    }

    private List<Call> staffCalls(String slug) {
        return staffCalls(slug, UUID.randomUUID().toString());
    }

    private List<Call> staffCalls(String slug, String deliveryId) {
        return List.of(new Call("POST", "/api/petitions", "application/json"),
                new Call("PUT", "/api/petitions/" + slug, "application/json"),
                new Call("POST", "/api/petitions/" + slug + "/publish", "application/json"),
                new Call("POST", "/api/petitions/" + slug + "/close", "application/json"),
                new Call("POST", "/api/petitions/" + slug + "/sensitive-states", "application/json"),
                new Call("GET", "/api/petitions/" + slug + "/signatures", "application/json"),
                new Call("GET", "/api/petitions/" + slug + "/signatures", "text/csv"),
                new Call("POST", "/api/petitions/" + slug + "/signatures/invalidate", "application/json"),
                new Call("POST", "/api/petitions/" + slug + "/signatures/invalidate/preview", "application/json"),
                new Call("POST", "/api/petitions/" + slug + "/signatures/lookup", "application/json"),
                new Call("POST", "/api/petitions/" + slug + "/signatures/" + deliveryId + "/withdraw",
                        "application/json"),
                new Call("GET", "/api/partners", "application/json"),
                new Call("POST", "/api/partners", "application/json"),
                new Call("GET", "/api/partners/" + slug, "application/json"),
                new Call("GET", "/api/partners/" + slug + "/stats", "application/json"),
                new Call("PUT", "/api/partners/" + slug + "/origins", "application/json"),
                new Call("PUT", "/api/partners/" + slug + "/webhook", "application/json"),
                new Call("GET", "/api/partners/" + slug + "/webhook-deliveries", "application/json"),
                new Call("POST", "/api/partners/" + slug + "/webhook-deliveries/" + deliveryId + "/retry",
                        "application/json"));
    }

    @Test
    void everyStaffCallWithoutATokenIs401ProblemJson() {
        Petition p = petitions.create(Petition.Status.DRAFT);
        for (Call call : everyStaffCall(p.slug)) {
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
        for (String role : KeycloakTokens.REALM_ROLES.stream().filter(r -> !r.equals("campaigner")).toList()) {
            for (Call call : staffCalls(p.slug)) {
                send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role)), call).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/forbidden"));
            }
        }
        for (String role : KeycloakTokens.REALM_ROLES.stream().filter(r -> !EVERY_STAFF_ROLE.contains(r)).toList()) {
            for (Call call : staffReadCalls(p.slug)) {
                send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role)), call).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/forbidden"));
            }
        }
        assertStillADraft(p);
    }

    /** Expired, forged, unsigned, or from another realm or server: the campaigner role it claims counts for nothing. */
    @ParameterizedTest
    @EnumSource(RefusedToken.class)
    void everyStaffCallWithATokenThatCannotBeTrustedIs401ProblemJson(RefusedToken token) {
        Petition p = petitions.create(Petition.Status.DRAFT);
        for (Call call : everyStaffCall(p.slug)) {
            send(given().auth().oauth2(token.withRealmRoles("campaigner")), call).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("/problems/unauthorized"));
        }
        assertStillADraft(p);
    }

    @Test
    void everyStaffRoleReadsThePetitionsTheirTextPreviewAndNumbers() {
        Petition p = petitions.create(Petition.Status.DRAFT);
        for (String role : EVERY_STAFF_ROLE) {
            for (Call call : staffReadCalls(p.slug)) {
                send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role)), call).then()
                        .statusCode(200);
            }
        }
        assertStillADraft(p);
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

    /** A new endpoint fails here until it is one of the staff calls above or a partner call, or is declared public. */
    @Test
    void theStaffCallsNameEveryEndpointThatIsNotPublic() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(Set.of("get", "put", "post", "delete", "patch")::contains)
                .forEach(method -> served.add(method.toUpperCase() + " " + path)));
        Set<String> known = new TreeSet<>(PUBLIC);
        staffCalls("{slug}", "{id}").forEach(call -> known.add(call.method() + " " + call.path()));
        staffReadCalls("{slug}").forEach(call -> known.add(call.method() + " " + call.path()));
        PartnerAccessTest.PARTNER_CALLS.forEach(call -> known.add(call.method() + " " + call.path()));
        known.add(AuditEndpointTest.READ);
        assertEquals(known, served);
    }

    static io.restassured.response.Response send(RequestSpecification request, Call call) {
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
