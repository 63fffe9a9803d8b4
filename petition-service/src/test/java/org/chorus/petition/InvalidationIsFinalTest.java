package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.chorus.petition.Tallies.awaitTotal;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 22, hole 2: staff invalidation is final. No link, repeat or retry moves an INVALIDATED signature to another
 * state, and no event, late or replayed, counts it again.
 */
@QuarkusTest
class InvalidationIsFinalTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestWebhooks webhooks;

    @Test
    void anOldConfirmLinkOfAnInvalidatedSignatureIsRefusedAndCountsNothing() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = floodAddress();
        String token = signAndConfirm(p, email);
        awaitTotal(p, 1);
        invalidateDomainOf(p, email);
        awaitTotal(p, 0);
        UUID id = petitions.onlySignature(p.id).id;

        confirm(token).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/signature-not-confirmable"));

        assertEquals(Signature.Status.INVALIDATED, petitions.onlySignature(p.id).status);
        // a confirmation after the refused one: once it is counted, the refused one has had every chance to be
        String later = Signer.newEmail();
        signAndConfirm(p, later);
        awaitTotal(p, 1);
        awaitConfirmedEventOf(signatureOf(p, later));
        assertEquals(1, TopicReader.count("signatures", confirmedEventOf(id)), "one signature.confirmed, the first");
    }

    @Test
    void theConfirmPageOfAnInvalidatedSignatureSaysItCanNoLongerBeConfirmed() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = floodAddress();
        String token = signAndConfirm(p, email);
        invalidateDomainOf(p, email);

        given().contentType(ContentType.URLENC).formParam("token", token).formParam("lang", "en")
                .when().post("/confirm")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("can no longer be confirmed"));
        assertEquals(Signature.Status.INVALIDATED, petitions.onlySignature(p.id).status);
    }

    @Test
    void aPendingSignatureInvalidatedCannotBeConfirmedLater() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = floodAddress();
        Signer.sign(p.slug, email, "MM");
        String token = Signer.tokenFor(email);
        invalidateDomainOf(p, email);

        confirm(token).then().statusCode(400).body("type", equalTo("/problems/signature-not-confirmable"));
        assertEquals(Signature.Status.INVALIDATED, petitions.onlySignature(p.id).status);
    }

    @Test
    void withdrawingAnInvalidatedSignatureErasesItsDataAndItStaysInvalidated() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = floodAddress();
        signAndConfirm(p, email);
        invalidateDomainOf(p, email);
        awaitTotal(p, 0);

        withdraw(Signer.withdrawTokenFor(email)).then().statusCode(200).body("status", equalTo("INVALIDATED"));
        withdraw(Signer.withdrawTokenFor(email)).then().statusCode(200).body("status", equalTo("INVALIDATED"));

        Signature s = petitions.onlySignature(p.id);
        assertEquals(Signature.Status.INVALIDATED, s.status);
        assertNull(s.emailEncrypted);
        assertNull(s.nameEncrypted);
        assertNull(s.postalCodeEncrypted);
        assertNull(s.emailDomainHash);
        assertNotNull(s.withdrawnAt, "when its data was erased");
        String later = Signer.newEmail();
        signAndConfirm(p, later);
        awaitTotal(p, 1);
        awaitConfirmedEventOf(signatureOf(p, later));
        assertEquals(0, TopicReader.count("signatures", jsonValue(e -> "signature.withdrawn".equals(
                e.path("type").asText()) && s.id.toString().equals(e.path("data").path("signatureId").asText()))),
                "the invalidation took it out of every tally and read model already");
    }

    @Test
    void signingAgainWithTheAddressOfAnInvalidatedSignatureRevivesNothing() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = floodAddress();
        Signer.sign(p.slug, email, "MM");
        invalidateDomainOf(p, email);
        petitions.ageConfirmationRequests(p.id);

        Signer.sign(p.slug, email, "MM");

        Signature s = petitions.onlySignature(p.id);
        assertEquals(Signature.Status.INVALIDATED, s.status);
        String later = Signer.newEmail();
        signAndConfirm(p, later);
        awaitConfirmedEventOf(signatureOf(p, later));
        assertEquals(1, TopicReader.count("signatures", jsonValue(e -> "signature.submitted".equals(
                e.path("type").asText()) && email.equals(e.path("data").path("email").asText()))),
                "no new confirmation email for an invalidated signature");
    }

    @Test
    void aConfirmationEventReadAfterTheInvalidationDoesNotCountAgain() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        UUID invalidated = UUID.randomUUID();
        TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, invalidated, "TH"),
                TestEvents.invalidated(UUID.randomUUID(), p, invalidated),
                TestEvents.confirmed(UUID.randomUUID(), p, invalidated, "TH"),
                TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "FR"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("byCountry.FR", equalTo(1)));
        given().when().get("/api/petitions/{slug}/tally", p.slug).then()
                .body("total", equalTo(1)).body("byCountry.TH", equalTo(null));
    }

    @Test
    void aWebhookDeliveryOfAnInvalidatedSignatureIsNeverSent() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            TestWebhooks.Registered partner = TestWebhooks.register(receiver.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());

            webhooks.queuedForInvalidated(s.id(), WebhookDelivery.Status.PENDING);

            await().atMost(Duration.ofSeconds(15))
                    .until(() -> webhooks.onlyDeliveryOf(s.id()).status != WebhookDelivery.Status.PENDING);
            WebhookDelivery d = webhooks.onlyDeliveryOf(s.id());
            assertEquals(WebhookDelivery.Status.CANCELLED, d.status);
            assertNull(d.payloadEncrypted, "the signer's name and email are erased");
            assertTrue(receiver.calls().isEmpty(), "the partner was called");
        }
    }

    @Test
    void retryingAFailedDeliveryOfAnInvalidatedSignatureIsRefused() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            TestWebhooks.Registered partner = TestWebhooks.register(receiver.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
            UUID delivery = webhooks.queuedForInvalidated(s.id(), WebhookDelivery.Status.FAILED);

            Staff.campaigner().when()
                    .post("/api/partners/{slug}/webhook-deliveries/{id}/retry", partner.slug(), delivery)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("/problems/webhook-delivery-state"));
            assertEquals(WebhookDelivery.Status.FAILED, webhooks.onlyDeliveryOf(s.id()).status);
        }
    }

    @Test
    void theStaffPetitionListCountsOnlyConfirmedSignatures() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String invalidated = floodAddress();
        signAndConfirm(p, invalidated);
        signAndConfirm(p, "other" + invalidated);
        signAndConfirm(p, Signer.newEmail());
        for (int i = 0; i < 2; i++) {
            String withdrawn = Signer.newEmail();
            signAndConfirm(p, withdrawn);
            withdraw(Signer.withdrawTokenFor(withdrawn)).then().statusCode(200);
        }
        Signer.sign(p.slug, Signer.newEmail(), "MM");
        invalidateDomainOf(p, invalidated, 2);

        Staff.campaigner().when().get("/api/petitions").then().statusCode(200)
                .body("find { it.slug == '" + p.slug + "' }.signatures.confirmed", equalTo(1))
                .body("find { it.slug == '" + p.slug + "' }.signatures.pending", equalTo(1));
    }

    private static String floodAddress() {
        return "bot@flood-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    }

    /** @return the token of its confirm link, as the email carried it */
    private static String signAndConfirm(Petition p, String email) {
        Signer.sign(p.slug, email, "MM");
        String token = Signer.tokenFor(email);
        confirm(token).then().statusCode(200);
        return token;
    }

    private static void invalidateDomainOf(Petition p, String email) {
        invalidateDomainOf(p, email, 1);
    }

    private static void invalidateDomainOf(Petition p, String email, int matching) {
        Staff.campaigner().contentType(ContentType.JSON)
                .body(Map.of("emailDomain", email.substring(email.indexOf('@') + 1)))
                .when().post("/api/petitions/{slug}/signatures/invalidate", p.slug)
                .then().statusCode(200).body("invalidated", equalTo(matching));
    }

    private static UUID signatureOf(Petition p, String email) {
        return UUID.fromString(TopicReader.parse(Signer.submittedEvent(email)).path("data").path("signatureId")
                .asText());
    }

    private static void awaitConfirmedEventOf(UUID signatureId) {
        TopicReader.await("signatures", confirmedEventOf(signatureId), Duration.ofSeconds(20));
    }

    private static Predicate<ConsumerRecord<String, String>> confirmedEventOf(UUID signatureId) {
        return jsonValue(e -> "signature.confirmed".equals(e.path("type").asText())
                && signatureId.toString().equals(e.path("data").path("signatureId").asText()));
    }

    private static io.restassured.response.Response confirm(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/confirm");
    }

    private static io.restassured.response.Response withdraw(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/withdraw");
    }
}
