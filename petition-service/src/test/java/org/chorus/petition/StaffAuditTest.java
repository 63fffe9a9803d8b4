package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.chorus.audit.AuditTrail;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.postgres.AuditRows;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Every staff action of petition-service leaves one audit entry naming who did what to what; a refused one none. */
@QuarkusTest
class StaffAuditTest {

    @Inject
    TestPetitions petitions;

    @Inject
    AuditTrail trail;

    @Test
    void aPetitionsLifeIsRecordedActionByActionWithItsActor() {
        String actor = newActor();
        Map<String, Object> draft = Staff.draft();
        String slug = (String) draft.get("slug");
        as(actor).contentType(ContentType.JSON).body(draft).post("/api/petitions").then().statusCode(201);
        long version = ((Number) as(actor).get("/api/petitions/{slug}/definition", slug).then().extract()
                .path("version")).longValue();
        draft.put("version", version);
        draft.put("title", "Stop the jet fuel now");
        as(actor).contentType(ContentType.JSON).body(draft).put("/api/petitions/{slug}", slug).then().statusCode(200);
        as(actor).post("/api/petitions/{slug}/publish", slug).then().statusCode(200);
        as(actor).contentType(ContentType.JSON).body(Map.of("add", List.of("TH")))
                .post("/api/petitions/{slug}/sensitive-states", slug).then().statusCode(200);
        as(actor).post("/api/petitions/{slug}/close", slug).then().statusCode(200);

        assertEquals(List.of("petition.create", "petition.update", "petition.publish", "petition.sensitive-states",
                "petition.close"), AuditRows.actions(slug));
        trail(actor, "").body("entries", hasSize(5))
                .body("entries.action", equalTo(List.of("petition.close", "petition.sensitive-states",
                        "petition.publish", "petition.update", "petition.create")))
                .body("entries.actor", equalTo(List.of(actor, actor, actor, actor, actor)))
                .body("entries[1].details.added", equalTo(List.of("TH")))
                .body("entries[0].subject", equalTo(slug));
    }

    @Test
    void aRefusedActionLeavesNoEntry() {
        String actor = newActor();
        Petition p = petitions.create(Petition.Status.OPEN);
        as(actor).post("/api/petitions/{slug}/publish", p.slug).then().statusCode(409);
        as(actor).contentType(ContentType.JSON).body(Map.of()).post("/api/petitions/{slug}/signatures/invalidate",
                p.slug).then().statusCode(400);
        as(actor).post("/api/petitions/no-such-petition/close").then().statusCode(404);
        as(actor).contentType(ContentType.JSON).body(Map.of("email", Signer.newEmail()))
                .post("/api/petitions/{slug}/signatures/lookup", p.slug).then().statusCode(404);
        as(actor).post("/api/petitions/{slug}/close", p.slug).then().statusCode(200);
        as(actor).post("/api/petitions/{slug}/close", p.slug).then().statusCode(409);

        trail(actor, "").body("entries.action", equalTo(List.of("petition.close")));
    }

    @Test
    void exportsAndInvalidationsAreRecordedWithTheirRuleAndCountButNoSigner() {
        String actor = newActor();
        Petition p = petitions.create(Petition.Status.OPEN);
        String domain = UUID.randomUUID() + ".example";
        String email = "flood@" + domain;
        Signer.sign(p.slug, email, "MM");

        as(actor).get("/api/petitions/{slug}/signatures?status=PENDING", p.slug).then().statusCode(200);
        as(actor).accept("text/csv").get("/api/petitions/{slug}/signatures", p.slug).then().statusCode(200);
        as(actor).contentType(ContentType.JSON).body(Map.of("emailDomain", domain, "clientNetwork", "198.51.100.7"))
                .post("/api/petitions/{slug}/signatures/invalidate", p.slug).then().statusCode(200);

        trail(actor, "").body("entries.action", equalTo(List.of("signatures.invalidate", "signatures.export",
                "signatures.export")))
                .body("entries[0].details.invalidated", equalTo(0))
                .body("entries[0].details.rule.emailDomain", equalTo(domain))
                .body("entries[0].details.rule.clientNetwork", equalTo("198.51.100.0/24"))
                .body("entries[1].details.format", equalTo("csv"))
                .body("entries[2].details.format", equalTo("json"))
                .body("entries[2].details.status", equalTo("PENDING"))
                .body("entries[2].details.signers", equalTo(1));
        assertEquals(0, AuditRows.containing(email));
        assertEquals(0, AuditRows.ofActorContaining(actor, "@"));
    }

    @Test
    void partnerRegistrationWebhookChangeAndRetryAreRecorded() {
        String actor = newActor();
        Map<String, Object> body = PartnerRegistrationTest.body();
        String partner = (String) body.get("slug");
        as(actor).contentType(ContentType.JSON).body(body).post("/api/partners").then().statusCode(201);
        as(actor).contentType(ContentType.JSON).body(Map.of("url", "https://hooks.example.net/chorus"))
                .put("/api/partners/{slug}/webhook", partner).then().statusCode(200);
        as(actor).post("/api/partners/{slug}/webhook-deliveries/{id}/retry", partner, UUID.randomUUID())
                .then().statusCode(404);

        trail(actor, "").body("entries.action", equalTo(List.of("partner.webhook", "partner.register")))
                .body("entries.subject", equalTo(List.of(partner, partner)))
                .body("entries[0].details.webhook", equalTo("set"));
        assertEquals(0, AuditRows.containing((String) body.get("contact")));
    }

    /** quarkus-oidc names the caller by preferred_username: Keycloak's user name, not the opaque subject. */
    @Test
    void theActorIsTheTokensUserNameNotItsSubject() {
        String client = "tool-" + UUID.randomUUID().toString().substring(0, 8);
        Petition p = petitions.create(Petition.Status.DRAFT);
        given().auth().oauth2(KeycloakTokens.forClient(client, null, "campaigner"))
                .post("/api/petitions/{slug}/publish", p.slug).then().statusCode(200);
        assertEquals(List.of("petition.publish"), AuditRows.actions(p.slug));
        trail("service-account-" + client, "").body("entries.subject", equalTo(List.of(p.slug)));
    }

    @Test
    void anEntryIsWrittenOnlyInsideTheActionsTransactionAndRollsBackWithIt() {
        String subject = "rollback-" + UUID.randomUUID();
        assertThrows(TransactionalException.class, () -> trail.record("someone", "test.outside", subject, Map.of()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            trail.record("someone", "test.rolled-back", subject, Map.of());
            throw new IllegalStateException("the action failed after its entry");
        }));
        assertEquals(List.of(), AuditRows.actions(subject));
        QuarkusTransaction.requiringNew().run(() -> trail.record("someone", "test.committed", subject, Map.of()));
        assertEquals(List.of("test.committed"), AuditRows.actions(subject));
    }

    @Test
    void detailsThatHoldAnAddressAreRefused() {
        String subject = "address-" + UUID.randomUUID();
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> trail.record("someone", "test.address", subject, Map.of("note", "thida@example.org"))));
        assertEquals(List.of(), AuditRows.actions(subject));
    }

    static String newActor() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String actor) {
        return given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles(actor, "campaigner")).when();
    }

    static ValidatableResponse trail(String actor, String query) {
        return given().auth().oauth2(KeycloakTokens.withRealmRoles("approver"))
                .when().get("/api/audit/petitions?actor={actor}" + query, actor)
                .then().statusCode(200);
    }
}
