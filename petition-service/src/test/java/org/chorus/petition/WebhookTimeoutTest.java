package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A call to a partner that never answers ends at the request timeout (1.5 s in tests) and is tried again later. */
@QuarkusTest
class WebhookTimeoutTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestWebhooks webhooks;

    @Test
    void aCallThatNeverAnswersTimesOutAndIsRetried() throws Exception {
        try (WebhookReceiver hanging = WebhookReceiver.hanging()) {
            TestWebhooks.Registered partner = TestWebhooks.register(hanging.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
            TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> webhooks.onlyDeliveryOf(s.id()).attempts > 0);
            WebhookDelivery timedOut = webhooks.onlyDeliveryOf(s.id());
            assertEquals("timeout", timedOut.lastError);
            assertNull(timedOut.lastStatusCode, "no answer, so no status");
            assertEquals(WebhookDelivery.Status.PENDING, timedOut.status, "a timeout is retried");
        }
    }
}
