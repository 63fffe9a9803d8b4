package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.keycloak.StaffDoorContract;
import org.chorus.testing.keycloak.StaffEndpoint;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * petition-service's front door (StaffDoorContract): only a campaigner's valid Keycloak token opens the staff API
 * (a petition's text, preview and numbers: any staff role's); the public API needs none. Tokens are real, signed by
 * the stand-in for realm chorus and checked by quarkus-oidc.
 */
@QuarkusTest
class StaffAccessTest extends StaffDoorContract {

    /** What anyone may call: the pages and API of signing and counting, and the widget. */
    private static final Set<String> PUBLIC = Set.of("GET /p/{slug}", "POST /p/{slug}", "GET /confirm", "POST /confirm",
            "GET /withdraw", "POST /withdraw", "GET /api/petitions/{slug}", "GET /api/petitions/{slug}/tally",
            "GET /api/petitions/{slug}/tally/stream", "GET /api/petitions/{slug}/proof-of-work",
            "POST /api/petitions/{slug}/signatures", "POST /api/signatures/confirm", "POST /api/signatures/withdraw",
            "GET /internal/partner-origins", "GET /widget.js", "GET /embed/{slug}", "POST /embed/{slug}",
            "GET /embed/assets/embed.js", "GET /embed/assets/accent.css");

    private static final List<String> CAMPAIGNER = List.of("campaigner");
    /** Staff roles that may read a petition (its text, its preview and its numbers), not only the campaigner. */
    private static final List<String> EVERY_STAFF_ROLE = List.of("campaigner", "approver", "admin");

    @Inject
    TestPetitions petitions;

    /** The partner API, which PartnerAccessTest checks with partners' tokens. */
    @Override
    protected Set<String> otherEndpoints() {
        return Stream.concat(PUBLIC.stream(), PartnerAccessTest.PARTNER_CALLS.stream()
                .map(call -> call.method() + " " + call.path())).collect(Collectors.toSet());
    }

    @Override
    protected String valueOf(String placeholder) {
        return placeholder.equals("slug") ? "no-such-petition" : super.valueOf(placeholder);
    }

    @Override
    protected List<StaffEndpoint> staffEndpoints() {
        return List.of(
                StaffEndpoint.json("GET", "/api/petitions", "", EVERY_STAFF_ROLE),
                StaffEndpoint.json("GET", "/api/petitions/{slug}/definition", "", EVERY_STAFF_ROLE),
                new StaffEndpoint("GET", "/api/petitions/{slug}/preview", "", "text/html", EVERY_STAFF_ROLE),
                StaffEndpoint.json("GET", "/api/petitions/{slug}/stats", "", EVERY_STAFF_ROLE),
                StaffEndpoint.json("GET", "/api/audit/petitions", "?size=0", EVERY_STAFF_ROLE),
                StaffEndpoint.json("POST", "/api/petitions", "", CAMPAIGNER),
                StaffEndpoint.json("PUT", "/api/petitions/{slug}", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/petitions/{slug}/publish", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/petitions/{slug}/close", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/petitions/{slug}/sensitive-states", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/petitions/{slug}/signatures", "", CAMPAIGNER),
                new StaffEndpoint("GET", "/api/petitions/{slug}/signatures", "", "text/csv", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/petitions/{slug}/signatures/invalidate", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/petitions/{slug}/signatures/invalidate/preview", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/petitions/{slug}/signatures/lookup", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/petitions/{slug}/signatures/{id}/withdraw", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/partners", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/partners", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/partners/{slug}", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/partners/{slug}/stats", "", CAMPAIGNER),
                StaffEndpoint.json("PUT", "/api/partners/{slug}/origins", "", CAMPAIGNER),
                StaffEndpoint.json("PUT", "/api/partners/{slug}/webhook", "", CAMPAIGNER),
                StaffEndpoint.json("GET", "/api/partners/{slug}/webhook-deliveries", "", CAMPAIGNER),
                StaffEndpoint.json("POST", "/api/partners/{slug}/webhook-deliveries/{id}/retry", "", CAMPAIGNER));
    }

    @Test
    void everyStaffRoleReadsADraftsTextPreviewAndNumbers() {
        Petition p = petitions.create(Petition.Status.DRAFT);
        for (String role : EVERY_STAFF_ROLE) {
            for (String read : List.of("/definition", "/preview", "/stats")) {
                given().auth().oauth2(KeycloakTokens.withRealmRoles(role)).when().get("/api/petitions/" + p.slug + read)
                        .then().statusCode(200);
            }
            given().auth().oauth2(KeycloakTokens.withRealmRoles(role)).when().get("/api/petitions")
                    .then().statusCode(200);
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
}
