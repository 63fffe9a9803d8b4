package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.petition.StaffAuditTest.as;
import static org.chorus.petition.StaffAuditTest.newActor;
import static org.chorus.petition.StaffAuditTest.trail;
import static org.chorus.petition.Tallies.awaitTotal;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.postgres.AuditRows;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Staff find a signature by its signer's exact address, withdraw it at the signer's request, and see how many
 * signatures an invalidation rule would hit before they confirm it.
 */
@QuarkusTest
class StaffSignatureTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestSigners signers;

    @Test
    void aSignatureIsFoundByItsExactAddressWithStatusAndConsentsAndTheLookUpIsAuditedWithoutIt() {
        String actor = newActor();
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signature s = signers.insertOne(p.id, "Ma Thida", email, "11181", Signature.Status.CONFIRMED,
                Instant.parse("2026-12-01T08:00:00Z"));
        signers.insertOne(p.id, "Someone Else", Signer.newEmail(), "11181", Signature.Status.CONFIRMED, Instant.now());

        lookUp(actor, p.slug, email.toUpperCase()).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", equalTo(s.id.toString()))
                .body("status", equalTo("CONFIRMED"))
                .body("country", equalTo("MM"))
                .body("partner", equalTo("demo-partner"))
                .body("createdAt", equalTo("2026-12-01T08:00:00Z"))
                .body("confirmedAt", equalTo("2026-12-01T08:01:00Z"))
                .body("consents.processing", equalTo(true))
                .body("consents.nameInLetters", equalTo(true))
                .body("consents.partner", equalTo(false))
                .body("consents.version", equalTo("test-consent-1"))
                .body("email", nullValue())
                .body("name", nullValue());

        trail(actor, "").body("entries.action", equalTo(List.of("signature.lookup")))
                .body("entries[0].subject", equalTo(s.id.toString()))
                .body("entries[0].details.petition", equalTo(p.slug));
        assertEquals(0, AuditRows.containing(email));
        assertEquals(0, AuditRows.containing(email.substring(0, email.indexOf('@'))));
    }

    @Test
    void anAddressThatDidNotSignOrSignedAnotherPetitionIsNotFound() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Petition other = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        signers.insertOne(other.id, "Ma Thida", email, "11181", Signature.Status.CONFIRMED, Instant.now());
        String prefix = email.substring(0, email.indexOf('@'));

        lookUp(newActor(), p.slug, email).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/signature-not-found"));
        lookUp(newActor(), p.slug, prefix + "@example.net").then().statusCode(404);
        lookUp(newActor(), other.slug, email).then().statusCode(200);
        lookUp(newActor(), "no-such-petition", email).then().statusCode(404)
                .body("type", equalTo("/problems/petition-not-found"));
    }

    @Test
    void aLookUpWithoutAValidAddressIs400AndNeedsTheCampaignerRole() {
        Petition p = petitions.create(Petition.Status.OPEN);
        lookUp(newActor(), p.slug, "not an address").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("email"));
        as(newActor()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/petitions/{slug}/signatures/lookup", p.slug).then().statusCode(400);
        given().auth().oauth2(KeycloakTokens.withRealmRoles("approver")).contentType(ContentType.JSON)
                .body(Map.of("email", Signer.newEmail())).post("/api/petitions/{slug}/signatures/lookup", p.slug)
                .then().statusCode(403);
    }

    @Test
    void withdrawingOnTheSignersBehalfErasesAndPublishesAsTheirOwnWithdrawalDoes() {
        String actor = newActor();
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        given().contentType(ContentType.JSON).body(Map.of("token", Signer.tokenFor(email)))
                .post("/api/signatures/confirm").then().statusCode(200);
        awaitTotal(p, 1);
        String id = lookUp(actor, p.slug, email).then().statusCode(200).extract().path("id");

        as(actor).post("/api/petitions/{slug}/signatures/{id}/withdraw", p.slug, id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("alreadySent", equalTo(List.of()));

        Signature s = petitions.onlySignature(p.id);
        assertEquals(Signature.Status.WITHDRAWN, s.status);
        assertNull(s.emailEncrypted);
        assertNull(s.nameEncrypted);
        assertNull(s.postalCodeEncrypted);
        assertNull(s.country);
        assertNotNull(s.withdrawnAt);
        awaitTotal(p, 0);
        var event = TopicReader.await("signatures",
                jsonValue(e -> "signature.withdrawn".equals(e.path("type").asText())
                        && id.equals(e.path("data").path("signatureId").asText())), Duration.ofSeconds(20));
        EventSchemas.assertConforms(event.value(), "signature.withdrawn");
        lookUp(actor, p.slug, email).then().statusCode(404);
        trail(actor, "").body("entries.action", equalTo(List.of("signature.withdraw", "signature.lookup")))
                .body("entries[0].subject", equalTo(id))
                .body("entries[0].details.status", equalTo("WITHDRAWN"));
        assertEquals(0, AuditRows.containing(email));
    }

    @Test
    void onlyASignatureOfThisPetitionCanBeWithdrawnByStaff() {
        String actor = newActor();
        Petition p = petitions.create(Petition.Status.OPEN);
        Petition other = petitions.create(Petition.Status.OPEN);
        Signature s = signers.insertOne(other.id, "Ma Thida", Signer.newEmail(), "11181", Signature.Status.CONFIRMED,
                Instant.now());

        as(actor).post("/api/petitions/{slug}/signatures/{id}/withdraw", p.slug, s.id).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/signature-not-found"));
        as(actor).post("/api/petitions/{slug}/signatures/{id}/withdraw", p.slug, "not-a-uuid").then().statusCode(404);
        as(actor).post("/api/petitions/{slug}/signatures/{id}/withdraw", p.slug, UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.withRealmRoles("approver"))
                .post("/api/petitions/{slug}/signatures/{id}/withdraw", other.slug, s.id).then().statusCode(403);

        assertEquals(Signature.Status.CONFIRMED, petitions.onlySignature(other.id).status);
        trail(actor, "").body("entries", equalTo(List.of()));
    }

    @Test
    void thePreviewCountsWhatAnInvalidationWouldHitAndChangesNothing() {
        String actor = newActor();
        Petition p = petitions.create(Petition.Status.OPEN);
        Instant from = Instant.parse("2026-11-01T10:00:00Z");
        Map<String, String> window = Map.of("signedFrom", from.toString(), "signedUntil",
                from.plusSeconds(60).toString());
        signers.insertOne(p.id, "A", Signer.newEmail(), "1", Signature.Status.CONFIRMED, from);
        signers.insertOne(p.id, "B", Signer.newEmail(), "1", Signature.Status.PENDING, from.plusSeconds(30));
        signers.insertOne(p.id, "C", Signer.newEmail(), "1", Signature.Status.WITHDRAWN, from.plusSeconds(40));
        signers.insertOne(p.id, "D", Signer.newEmail(), "1", Signature.Status.CONFIRMED, from.plusSeconds(60));

        preview(actor, p.slug, window).then().statusCode(200).body("wouldInvalidate", equalTo(2));
        preview(actor, p.slug, window).then().statusCode(200).body("wouldInvalidate", equalTo(2));

        assertEquals(0, petitions.signatures(p.id, Signature.Status.INVALIDATED));
        assertEquals(2, petitions.signatures(p.id, Signature.Status.CONFIRMED));
        trail(actor, "").body("entries", equalTo(List.of()));
        as(actor).contentType(ContentType.JSON).body(window)
                .post("/api/petitions/{slug}/signatures/invalidate", p.slug).then().body("invalidated", equalTo(2));
        preview(actor, p.slug, window).then().body("wouldInvalidate", equalTo(0));
    }

    @Test
    void aPreviewTakesTheInvalidationsRulesAndErrors() {
        Petition p = petitions.create(Petition.Status.OPEN);
        preview(newActor(), p.slug, Map.of()).then().statusCode(400).contentType("application/problem+json");
        preview(newActor(), p.slug, Map.of("signedFrom", "2026-01-02T00:00:00Z", "signedUntil", "2026-01-01T00:00:00Z"))
                .then().statusCode(400);
        preview(newActor(), "no-such-petition", Map.of("emailDomain", "example.org")).then().statusCode(404);
    }

    private static io.restassured.response.Response lookUp(String actor, String slug, String email) {
        return as(actor).contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/petitions/{slug}/signatures/lookup", slug);
    }

    private static io.restassured.response.Response preview(String actor, String slug, Map<String, ?> rule) {
        return as(actor).contentType(ContentType.JSON).body(rule)
                .post("/api/petitions/{slug}/signatures/invalidate/preview", slug);
    }
}
