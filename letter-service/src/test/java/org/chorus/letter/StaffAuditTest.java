package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.letter.service.Petitions;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.postgres.AuditRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Every staff action of letter-service leaves one audit entry naming who did what to what, and none when it is
 * refused; GET /api/audit/letters reads them, for any staff role.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class StaffAuditTest {

    private static final String BATCHES = "/api/letters/batches";
    /** Antarctica: an ISO code, but of no UN member state, so the test's own target. */
    private static final String CODE = "AQ";

    @Inject
    Petitions petitions;

    @Inject
    DirectoryRows directory;

    @Test
    void aBatchsLifeIsRecordedWithEachActor() throws Exception {
        String campaigner = newActor();
        String approver = newActor();
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions);
        as(campaigner, "campaigner").contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{recipient.salutation}</p>"))
                .put("/api/letters/templates/{slug}/en", petition.slug()).then().statusCode(200);
        String batch = as(campaigner, "campaigner").contentType(ContentType.JSON)
                .body(Map.of("petition", petition.slug(), "targets", List.of("MM", "TH")))
                .post(BATCHES).then().statusCode(201).extract().path("id");
        as(campaigner, "campaigner").post(BATCHES + "/{id}/dispatch", batch).then().statusCode(409);
        as(campaigner, "campaigner").post(BATCHES + "/{id}/recipients/refresh", batch).then().statusCode(200);
        as(approver, "approver").post(BATCHES + "/{id}/approve", batch).then().statusCode(200);
        as(approver, "approver").post(BATCHES + "/{id}/approve", batch).then().statusCode(409);
        as(campaigner, "campaigner").post(BATCHES + "/{id}/dispatch", batch).then().statusCode(200);
        String letter = as(campaigner, "campaigner").get(BATCHES + "/{id}", batch).then().extract()
                .path("letters[0].id");
        as(campaigner, "campaigner").contentType(ContentType.JSON)
                .body(Map.of("kind", "ACKNOWLEDGED", "receivedAt", Instant.now().minusSeconds(60).toString(),
                        "summary", "Receipt acknowledged"))
                .post(BATCHES + "/{id}/letters/{letter}/replies", batch, letter).then().statusCode(201);

        trail("?actor=" + campaigner).body("entries.action", equalTo(List.of("letter.reply", "batch.dispatch",
                "batch.recipients-refresh", "batch.create", "template.put")))
                .body("entries.subject", equalTo(List.of(letter, batch, batch, batch, petition.slug() + "/en")))
                .body("entries[1].details.letters", equalTo(2))
                .body("entries[2].details.changedLetters", equalTo(0))
                .body("entries[3].details.petition", equalTo(petition.slug()))
                .body("entries[0].details.batch", equalTo(batch));
        trail("?actor=" + approver).body("entries.action", equalTo(List.of("batch.approve")))
                .body("entries[0].subject", equalTo(batch));
        trail("?subject=" + batch + "&action=batch.approve").body("entries.actor", equalTo(List.of(approver)));
    }

    /** Other tests count the directory's states: the test's own target must not outlive it, even when it fails. */
    @AfterEach
    void forgetTheTestsTarget() {
        directory.forgetTarget(CODE);
    }

    @Test
    void directoryEditsAreRecordedWithoutTheContactsAddresses() {
        directory.forgetTarget(CODE);
        String actor = newActor();
        String group = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "minister-" + UUID.randomUUID() + "@mfa.example.org";
        Map<String, Object> target = Map.of("code", CODE, "name", "Test State", "locale", "en", "contacts",
                List.of(Map.of("role", "FOREIGN_MINISTRY", "name", "Ministry", "salutation", "Excellency",
                        "email", email)));
        String id = as(actor, "campaigner").contentType(ContentType.JSON).body(target)
                .post("/api/letters/targets").then().statusCode(201).extract().path("id");
        as(actor, "campaigner").contentType(ContentType.JSON).body(target)
                .post("/api/letters/targets").then().statusCode(409);
        as(actor, "campaigner").contentType(ContentType.JSON).body(target)
                .put("/api/letters/targets/{id}", id).then().statusCode(200);
        String term = as(actor, "campaigner").contentType(ContentType.JSON)
                .body(Map.of("code", CODE, "startsOn", "2031-01-01", "endsOn", "2032-12-31"))
                .post("/api/letters/council-terms").then().statusCode(201).extract().path("id");
        as(actor, "campaigner").delete("/api/letters/council-terms/{id}", term).then().statusCode(204);
        as(actor, "campaigner").delete("/api/letters/council-terms/{id}", term).then().statusCode(404);
        as(actor, "campaigner").contentType(ContentType.JSON).body(Map.of("name", "Audit", "members", List.of(CODE)))
                .put("/api/letters/groups/{slug}", group).then().statusCode(200);
        as(actor, "campaigner").contentType(ContentType.JSON).body(Map.of("name", "Audit", "members", List.of("ZZ")))
                .put("/api/letters/groups/{slug}", group).then().statusCode(400);

        trail("?actor=" + actor).body("entries.action", equalTo(List.of("group.put", "council-term.remove",
                "council-term.add", "target.update", "target.create")))
                .body("entries.subject", equalTo(List.of(group, term, term, id, id)))
                .body("entries[0].details.members", equalTo(List.of(CODE)))
                .body("entries[3].details.code", equalTo(CODE))
                .body("entries[3].details.contacts", equalTo(1));
        assertEquals(0, AuditRows.containing(email));
        assertEquals(0, AuditRows.ofActorContaining(actor, "@"));
    }

    @Test
    void theTrailIsPagedAndFiltered() throws Exception {
        String actor = newActor();
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions);
        for (String locale : List.of("en", "fr", "es")) {
            as(actor, "campaigner").contentType(ContentType.JSON)
                    .body(Map.of("subject", "{petition.title}", "body", "<p>{recipient.salutation}</p>"))
                    .put("/api/letters/templates/{slug}/{locale}", petition.slug(), locale).then().statusCode(200);
        }
        trail("?actor=" + actor + "&size=2").body("entries", hasSize(2)).body("hasMore", equalTo(true))
                .body("entries.subject", equalTo(List.of(petition.slug() + "/es", petition.slug() + "/fr")));
        trail("?actor=" + actor + "&size=2&page=1").body("entries", hasSize(1)).body("hasMore", equalTo(false));
        trail("?actor=" + actor + "&from=" + Instant.now().plusSeconds(60)).body("entries", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=0", "page=x", "from=today", "to=2026-02-30T00:00:00Z" })
    void aBadParameterIsA400NamingIt(String query) {
        as(newActor(), "approver").get("/api/audit/letters?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(query.substring(0, query.indexOf('=')))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "campaigner", "approver", "admin" })
    void everyStaffRoleMayReadTheTrail(String role) {
        as(newActor(), role).get("/api/audit/letters").then().statusCode(200);
    }

    @Test
    void partnersAndAnonymousCallersMayNot() {
        given().auth().oauth2(KeycloakTokens.forClient("demo-partner", "demo-partner", "partner"))
                .get("/api/audit/letters").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/audit/letters").then().statusCode(401);
    }

    private static String newActor() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification as(String actor, String role) {
        return given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles(actor, role)).when();
    }

    private static ValidatableResponse trail(String query) {
        return given().auth().oauth2(KeycloakTokens.withRealmRoles("admin")).when().get("/api/audit/letters" + query)
                .then().statusCode(200);
    }
}
