package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.chorus.testing.postgres.AuditRows;

/**
 * A partner that answers with an error is called again after the configured waits (tenths of seconds in tests),
 * with the same delivery and body, until it answers 2xx or the attempts run out (4 in tests); staff see the FAILED
 * ones and can queue them again.
 */
@QuarkusTest
class WebhookRetryTest {

    private static final Duration A_WHILE = Duration.ofSeconds(15);

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Inject
    TestWebhooks webhooks;

    @Test
    void aPartnerAnswering500TwiceThen200GetsTheSameDeliveryThreeTimesAndItIsDelivered() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 500, 200)) {
            TestWebhooks.Registered partner = TestWebhooks.register(receiver.url());
            TestWebhooks.Pending s = confirmedThrough(partner);

            List<WebhookReceiver.Call> calls = receiver.awaitCalls(3, A_WHILE);
            await().atMost(A_WHILE).until(() -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.DELIVERED);
            WebhookDelivery d = webhooks.onlyDeliveryOf(s.id());
            assertEquals(3, d.attempts);
            assertEquals(200, d.lastStatusCode);
            for (WebhookReceiver.Call call : calls) {
                assertEquals(d.id.toString(), call.id(), "every attempt carries the same delivery id");
                assertEquals(calls.get(0).body(), call.body(), "and the same body");
            }
            assertBackedOff(calls.get(0), calls.get(1), Duration.ofMillis(200));
            assertBackedOff(calls.get(1), calls.get(2), Duration.ofMillis(400));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> receiver.calls().size() == 3);
        }
    }

    @Test
    void aPartnerAlways500IsFailedAfterTheLastAttemptAndStaffCanQueueItAgain() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 500, 500, 500, 200)) {
            TestWebhooks.Registered partner = TestWebhooks.register(receiver.url());
            TestWebhooks.Pending s = confirmedThrough(partner);

            await().atMost(A_WHILE).until(() -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.FAILED);
            String id = webhooks.onlyDeliveryOf(s.id()).id.toString();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> receiver.calls().size() == 4);
            Staff.campaigner().queryParam("status", "FAILED")
                    .when().get("/api/partners/{slug}/webhook-deliveries", partner.slug())
                    .then().statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].id", equalTo(id))
                    .body("[0].attempts", equalTo(4))
                    .body("[0].lastStatusCode", equalTo(500))
                    .body("[0].lastError", equalTo("status"))
                    .body("[0].nextAttemptAt", nullValue())
                    .body("[0].deliveredAt", nullValue());
            Staff.campaigner().queryParam("status", "DELIVERED")
                    .when().get("/api/partners/{slug}/webhook-deliveries", partner.slug())
                    .then().statusCode(200).body("$", hasSize(0));
            assertNotNull(webhooks.onlyDeliveryOf(s.id()).payloadEncrypted, "kept for a retry");

            Staff.campaigner().when().post("/api/partners/{slug}/webhook-deliveries/{id}/retry", partner.slug(), id)
                    .then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("status", equalTo("PENDING"))
                    .body("attempts", equalTo(0))
                    .body("nextAttemptAt", notNullValue());
            await().atMost(A_WHILE).until(() -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.DELIVERED);
            assertEquals(5, receiver.calls().size());
            assertEquals(id, receiver.calls().get(4).id());
            Staff.campaigner().get("/api/partners/{slug}/stats", partner.slug()).then().statusCode(200)
                    .body("webhookDeliveries.DELIVERED", equalTo(1))
                    .body("webhookDeliveries.FAILED", equalTo(0));

            Staff.campaigner().when().post("/api/partners/{slug}/webhook-deliveries/{id}/retry", partner.slug(), id)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("/problems/webhook-delivery-state"));
            assertEquals(List.of("webhook-delivery.retry"), AuditRows.actions(id), "the refused second retry left none");
        }
    }

    @Test
    void aPartnerThatRefusesConnectionsIsFailedAsUnreachable() throws Exception {
        String url;
        try (WebhookReceiver gone = WebhookReceiver.answering(200)) {
            url = gone.url();
        }
        TestWebhooks.Registered partner = TestWebhooks.register(url);
        TestWebhooks.Pending s = confirmedThrough(partner);
        await().atMost(A_WHILE).until(() -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.FAILED);
        WebhookDelivery d = webhooks.onlyDeliveryOf(s.id());
        assertEquals(4, d.attempts);
        assertEquals("unreachable", d.lastError);
        assertEquals(null, d.lastStatusCode);
    }

    @Test
    void retryingADeliveryOfAnotherPartnerOrNoneIs404() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500)) {
            TestWebhooks.Registered partner = TestWebhooks.register(receiver.url());
            TestWebhooks.Pending s = confirmedThrough(partner);
            String id = webhooks.onlyDeliveryOf(s.id()).id.toString();
            String other = partners.register();
            for (String[] call : List.of(new String[] { other, id }, new String[] { partner.slug(), UUID.randomUUID().toString() },
                    new String[] { partner.slug(), "not-an-id" })) {
                Staff.campaigner().when().post("/api/partners/{slug}/webhook-deliveries/{id}/retry", call[0], call[1])
                        .then().statusCode(404).contentType("application/problem+json")
                        .body("type", equalTo("/problems/webhook-delivery-not-found"));
            }
            Staff.campaigner().when().post("/api/partners/{slug}/webhook-deliveries/{id}/retry", TestPartners.newSlug(), id)
                    .then().statusCode(404).body("type", equalTo("/problems/partner-not-found"));
            Staff.campaigner().when().get("/api/partners/{slug}/webhook-deliveries", other)
                    .then().statusCode(200).body("$", hasSize(0));
        }
    }

    @Test
    void badQueryParametersOfTheDeliveryListAre400() {
        String slug = partners.register();
        Staff.campaigner().queryParam("status", "LOST").when().get("/api/partners/{slug}/webhook-deliveries", slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        Staff.campaigner().queryParam("page", "-1").when().get("/api/partners/{slug}/webhook-deliveries", slug)
                .then().statusCode(400).body("errors.field", hasItem("page"));
        Staff.campaigner().when().get("/api/partners/{slug}/webhook-deliveries", TestPartners.newSlug())
                .then().statusCode(404).body("type", equalTo("/problems/partner-not-found"));
    }

    private TestWebhooks.Pending confirmedThrough(TestWebhooks.Registered partner) {
        Petition p = petitions.create(Petition.Status.OPEN);
        TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
        TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);
        return s;
    }

    private static void assertBackedOff(WebhookReceiver.Call first, WebhookReceiver.Call next, Duration wait) {
        Duration between = Duration.between(first.at(), next.at());
        assertEquals(true, between.compareTo(wait) >= 0, "waited " + between + ", at least " + wait);
    }
}
