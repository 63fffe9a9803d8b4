package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A partner whose endpoint hangs or is down holds at most its own share of the senders (2 calls at once), each for
 * at most the timeouts (1 s to connect, 1.5 s for the answer in tests): other partners' deliveries, signing and
 * confirming go on as if it were not there.
 */
@QuarkusTest
class WebhookIsolationTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestWebhooks webhooks;

    @Test
    void aHangingPartnerTimesOutWhileAnotherPartnersDeliveryGoesThrough() throws Exception {
        try (WebhookReceiver hanging = WebhookReceiver.hanging(); WebhookReceiver healthy = WebhookReceiver.answering(200)) {
            TestWebhooks.Registered slow = TestWebhooks.register(hanging.url());
            TestWebhooks.Registered other = TestWebhooks.register(healthy.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            List<TestWebhooks.Pending> slowOnes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                slowOnes.add(confirm(p, slow));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> hanging.openNow() == 2);

            TestWebhooks.Pending s = confirm(p, other);
            healthy.awaitCalls(1, Duration.ofMillis(1000));
            // within the 1.5 s the first two calls hang: the other two wait for them, the other partner does not
            assertEquals(2, hanging.calls().size(), "two calls at once to one partner, no more");
            assertEquals(2, hanging.openNow(), "delivered while the hanging partner's calls were still open");
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.DELIVERED);

            await().atMost(Duration.ofSeconds(10)).until(() -> slowOnes.stream()
                    .filter(d -> "timeout".equals(webhooks.onlyDeliveryOf(d.id()).lastError)).count() >= 2);
            WebhookDelivery timedOut = slowOnes.stream().map(d -> webhooks.onlyDeliveryOf(d.id()))
                    .filter(d -> d.attempts > 0).findFirst().orElseThrow();
            assertEquals(WebhookDelivery.Status.PENDING, timedOut.status, "a timeout is retried");
            assertEquals(null, timedOut.lastStatusCode);
        }
    }

    @Test
    void confirmingAnswersPromptlyWhileThePartnersEndpointHangs() throws Exception {
        try (WebhookReceiver hanging = WebhookReceiver.hanging()) {
            TestWebhooks.Registered partner = TestWebhooks.register(hanging.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            confirm(p, partner);
            confirm(p, partner);
            await().atMost(Duration.ofSeconds(5)).until(() -> hanging.openNow() == 2);

            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
                long started = System.nanoTime();
                TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            long started = System.nanoTime();
            Signer.sign(p.slug, Signer.newEmail(), "MM");
            millis.add((System.nanoTime() - started) / 1_000_000);
            // waiting for the partner would take at least the 1.5 s request timeout
            assertTrue(millis.stream().allMatch(ms -> ms < 1000), "confirming and signing took " + millis + " ms");
        }
    }

    private TestWebhooks.Pending confirm(Petition p, TestWebhooks.Registered partner) {
        TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
        TestWebhooks.confirm(s.confirmToken()).then().statusCode(200);
        return s;
    }
}
