package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.petition.StaffAuditTest.as;
import static org.chorus.petition.StaffAuditTest.newActor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** GET /api/audit/petitions: any staff member reads it, filtered and paged, newest first; nobody else. */
@QuarkusTest
class AuditEndpointTest {

    /** Open to every staff role, so not one of StaffAccessTest's campaigner-only calls. */
    static final String READ = "GET /api/audit/petitions";

    @Inject
    TestPetitions petitions;

    @Test
    void filtersByActorActionSubjectAndTime() {
        String actor = newActor();
        String other = newActor();
        Petition first = petitions.create(Petition.Status.DRAFT);
        Petition second = petitions.create(Petition.Status.DRAFT);
        as(actor).post("/api/petitions/{slug}/publish", first.slug).then().statusCode(200);
        Instant between = Instant.now();
        as(actor).post("/api/petitions/{slug}/publish", second.slug).then().statusCode(200);
        as(actor).post("/api/petitions/{slug}/close", second.slug).then().statusCode(200);
        as(other).post("/api/petitions/{slug}/close", first.slug).then().statusCode(200);

        audit("?actor=" + actor).body("entries.subject", equalTo(List.of(second.slug, second.slug, first.slug)))
                .body("entries.action", equalTo(List.of("petition.close", "petition.publish", "petition.publish")));
        audit("?actor=" + actor + "&action=petition.publish")
                .body("entries.subject", equalTo(List.of(second.slug, first.slug)));
        audit("?subject=" + first.slug).body("entries.actor", equalTo(List.of(other, actor)));
        audit("?actor=" + actor + "&from=" + between).body("entries.subject", equalTo(List.of(second.slug,
                second.slug)));
        audit("?actor=" + actor + "&to=" + between).body("entries.subject", equalTo(List.of(first.slug)));
        audit("?actor=" + actor + "&action=petition.update").body("entries", hasSize(0)).body("hasMore",
                equalTo(false));
    }

    @Test
    void pagesAreBoundedAndSayWhetherMoreFollow() {
        String actor = newActor();
        for (int i = 0; i < 3; i++) {
            Petition p = petitions.create(Petition.Status.DRAFT);
            as(actor).post("/api/petitions/{slug}/publish", p.slug).then().statusCode(200);
        }
        audit("?actor=" + actor + "&size=2").body("entries", hasSize(2)).body("page", equalTo(0))
                .body("size", equalTo(2)).body("hasMore", equalTo(true));
        audit("?actor=" + actor + "&size=2&page=1").body("entries", hasSize(1)).body("page", equalTo(1))
                .body("hasMore", equalTo(false));
        audit("?actor=" + actor).body("entries", hasSize(3)).body("size", equalTo(50));
        audit("?actor=" + actor).body("entries[0].id", org.hamcrest.Matchers.notNullValue())
                .body("entries[0].at", org.hamcrest.Matchers.notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=0", "size=201", "size=ten", "page=-1", "page=x", "from=yesterday",
            "to=2026-13-01T00:00:00Z", "action=Drop%20table", "from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z" })
    void aBadParameterIsA400NamingIt(String query) {
        String parameter = query.contains("&") ? "to" : query.substring(0, query.indexOf('='));
        staff("campaigner").get("/api/audit/petitions?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", equalTo(List.of(parameter)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "campaigner", "approver", "admin" })
    void everyStaffRoleMayReadTheTrail(String role) {
        staff(role).get("/api/audit/petitions").then().statusCode(200);
    }

    @Test
    void partnersAndStrangersMayNot() {
        given().auth().oauth2(KeycloakTokens.forClient("demo-partner", "demo-partner", "partner"))
                .get("/api/audit/petitions").then().statusCode(403).contentType("application/problem+json");
        staff("default-roles-chorus").get("/api/audit/petitions").then().statusCode(403);
        given().get("/api/audit/petitions").then().statusCode(401).contentType("application/problem+json");
    }

    private static RequestSpecification staff(String role) {
        return given().auth().oauth2(KeycloakTokens.withRealmRoles(role)).when();
    }

    private static io.restassured.response.ValidatableResponse audit(String query) {
        return staff("admin").get("/api/audit/petitions" + query).then().statusCode(200);
    }
}
