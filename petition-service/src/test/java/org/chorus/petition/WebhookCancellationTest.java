package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A signature withdrawn or invalidated before its webhook call went out is never sent: the delivery is CANCELLED
 * and its payload (the signer's name and email) erased. To be sure a delivery is still waiting, the partner's two
 * calls at once are held by a hanging endpoint while it is queued behind them.
 */
@QuarkusTest
@TestProfile(CallsOutliveTheTest.class)
class WebhookCancellationTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestWebhooks webhooks;

    @Test
    void aSignatureWithdrawnBeforeItsCallIsNeverSentAndItsPayloadIsErased() throws Exception {
        try (WebhookReceiver hanging = WebhookReceiver.hanging()) {
            TestWebhooks.Registered partner = TestWebhooks.register(hanging.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            TestWebhooks.Pending waiting = queuedBehindTwoHangingCalls(hanging, partner, p, Signer.newEmail());

            TestWebhooks.withdraw(waiting.withdrawToken()).then().statusCode(200);

            assertCancelledAndNeverSent(hanging, partner, p, waiting);
        }
    }

    @Test
    void aSignatureInvalidatedBeforeItsCallIsNeverSentAndItsPayloadIsErased() throws Exception {
        try (WebhookReceiver hanging = WebhookReceiver.hanging()) {
            TestWebhooks.Registered partner = TestWebhooks.register(hanging.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            String domain = "flood-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
            TestWebhooks.Pending waiting = queuedBehindTwoHangingCalls(hanging, partner, p, "bot@" + domain);

            Staff.campaigner().contentType(ContentType.JSON).body(Map.of("emailDomain", domain))
                    .when().post("/api/petitions/{slug}/signatures/invalidate", p.slug)
                    .then().statusCode(200).body("invalidated", equalTo(1));

            assertCancelledAndNeverSent(hanging, partner, p, waiting);
        }
    }

    @Test
    void aFailedDeliveryIsCancelledByTheWithdrawalAndCannotBeRetried() throws Exception {
        try (WebhookReceiver failing = WebhookReceiver.answering(503)) {
            TestWebhooks.Registered partner = TestWebhooks.register(failing.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
            TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.FAILED);

            TestWebhooks.withdraw(s.withdrawToken()).then().statusCode(200);

            WebhookDelivery d = webhooks.onlyDeliveryOf(s.id());
            assertEquals(WebhookDelivery.Status.CANCELLED, d.status);
            assertNull(d.payloadEncrypted);
            Staff.campaigner().when().post("/api/partners/{slug}/webhook-deliveries/{id}/retry", partner.slug(), d.id)
                    .then().statusCode(409).body("type", equalTo("/problems/webhook-delivery-state"));
        }
    }

    /** Two confirmations take the partner's two calls, which hang until the test releases them; the third one waits. */
    private TestWebhooks.Pending queuedBehindTwoHangingCalls(WebhookReceiver hanging, TestWebhooks.Registered partner,
            Petition p, String email) {
        for (int i = 0; i < 2; i++) {
            TestWebhooks.confirm(webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail())
                    .confirmToken()).then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> hanging.openNow() == 2);
        TestWebhooks.Pending waiting = webhooks.pending(p.id, partner.slug(), true, "Ma Thida", email);
        TestWebhooks.confirm(waiting.confirmToken()).then().statusCode(200);
        WebhookDelivery queued = webhooks.onlyDeliveryOf(waiting.id());
        assertEquals(WebhookDelivery.Status.PENDING, queued.status);
        assertEquals(0, queued.attempts);
        assertTrue(queued.payloadEncrypted != null);
        return waiting;
    }

    private void assertCancelledAndNeverSent(WebhookReceiver hanging, TestWebhooks.Registered partner, Petition p,
            TestWebhooks.Pending waiting) {
        WebhookDelivery d = webhooks.onlyDeliveryOf(waiting.id());
        assertEquals(WebhookDelivery.Status.CANCELLED, d.status);
        assertNull(d.payloadEncrypted, "the payload with the signer's name and email is erased");
        assertNull(d.nextAttemptAt);
        // the partner answers again; a call queued after the cancelled one goes out after it would have (calls
        // leave in the order they fell due), so once that call arrived the cancelled one has had its chance
        TestWebhooks.Pending later = webhooks.pending(p.id, partner.slug(), true, "Ko Min", Signer.newEmail());
        TestWebhooks.confirm(later.confirmToken()).then().statusCode(200);
        hanging.release();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> webhooks.onlyDeliveryOf(later.id()).status == WebhookDelivery.Status.DELIVERED);
        assertTrue(hanging.calls().stream().noneMatch(c -> d.id.toString().equals(c.id())),
                "the cancelled delivery was sent");
        assertEquals(0, webhooks.onlyDeliveryOf(waiting.id()).attempts);
    }
}
