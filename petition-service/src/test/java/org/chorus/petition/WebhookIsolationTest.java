package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A partner whose endpoint hangs holds at most its own share of the senders (2 calls at once): other partners'
 * deliveries, signing and confirming go on while its calls are still open (no attempt has ended: CallsOutliveTheTest).
 */
@QuarkusTest
@TestProfile(CallsOutliveTheTest.class)
class WebhookIsolationTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestWebhooks webhooks;

    @Test
    void aHangingPartnerHoldsTwoCallsAtOnceWhileAnotherPartnersDeliveryGoesThrough() throws Exception {
        try (WebhookReceiver hanging = WebhookReceiver.hanging(); WebhookReceiver healthy = WebhookReceiver.answering(200)) {
            TestWebhooks.Registered slow = TestWebhooks.register(hanging.url());
            TestWebhooks.Registered other = TestWebhooks.register(healthy.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            List<TestWebhooks.Pending> slowOnes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                slowOnes.add(confirm(p, slow));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> hanging.openNow() == 2);

            TestWebhooks.Pending s = confirm(p, other);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.DELIVERED);
            assertNoAttemptEnded(slowOnes);
            assertEquals(2, hanging.calls().size(), "two calls at once to one partner, no more");
        }
    }

    @Test
    void confirmingAndSigningAnswerWhileThePartnersCallsAreStillOpen() throws Exception {
        try (WebhookReceiver hanging = WebhookReceiver.hanging()) {
            TestWebhooks.Registered partner = TestWebhooks.register(hanging.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            List<TestWebhooks.Pending> hung = new ArrayList<>(List.of(confirm(p, partner), confirm(p, partner)));
            await().atMost(Duration.ofSeconds(30)).until(() -> hanging.openNow() == 2);

            for (int i = 0; i < 3; i++) {
                hung.add(confirm(p, partner));
            }
            Signer.sign(p.slug, Signer.newEmail(), "MM");
            // had confirming waited for the partner, an attempt would have ended (after the 10-minute timeout) first
            assertNoAttemptEnded(hung);
            assertEquals(2, hanging.calls().size());
        }
    }

    private void assertNoAttemptEnded(List<TestWebhooks.Pending> deliveries) {
        for (TestWebhooks.Pending d : deliveries) {
            WebhookDelivery delivery = webhooks.onlyDeliveryOf(d.id());
            assertEquals(0, delivery.attempts, "an attempt to the hanging partner ended: " + delivery.lastError);
            assertEquals(WebhookDelivery.Status.PENDING, delivery.status);
        }
    }

    private TestWebhooks.Pending confirm(Petition p, TestWebhooks.Registered partner) {
        TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
        TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);
        return s;
    }
}
