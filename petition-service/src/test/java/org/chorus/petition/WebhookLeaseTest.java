package org.chorus.petition;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.chorus.petition.webhook.WebhookQueue;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Several replicas share the queue: a delivery one of them claimed is left to it while its lease lasts (another
 * replica is played here by the test, claiming through the same queue), and taken over once the lease ran out, as
 * when that replica died mid-call; the late outcome of the replica that lost its lease changes nothing.
 */
@QuarkusTest
class WebhookLeaseTest {

    @Inject
    TestPetitions petitions;

    @Inject
    TestWebhooks webhooks;

    @Inject
    WebhookQueue queue;

    @Test
    void aDeliveryClaimedByAnotherReplicaIsLeftToItUntilItsLeaseRunsOut() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            TestWebhooks.Registered partner = TestWebhooks.register(receiver.url());
            Petition p = petitions.create(Petition.Status.OPEN);
            TestWebhooks.Pending s = webhooks.pending(p.id, partner.slug(), true, "Aung San", Signer.newEmail());
            Instant due = Instant.now().plusSeconds(1);
            webhooks.confirmedAt(s.id(), due);

            Instant leasedUntil = Instant.now().plusSeconds(3);
            List<WebhookQueue.Claimed> claimed = queue.claim(partner.slug(), 10, due, leasedUntil);
            assertEquals(1, claimed.size(), "the other replica holds it");
            assertEquals(List.of(), queue.claim(partner.slug(), 10, due, leasedUntil), "nobody claims it twice");

            List<WebhookReceiver.Call> calls = receiver.awaitCalls(1, Duration.ofSeconds(10));
            assertTrue(!calls.get(0).at().isBefore(leasedUntil), "sent at " + calls.get(0).at()
                    + ", not before the lease ran out at " + leasedUntil);
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> webhooks.onlyDeliveryOf(s.id()).status == WebhookDelivery.Status.DELIVERED);

            assertFalse(queue.attemptFailed(claimed.get(0), 1, 500, "status", Optional.empty()),
                    "the replica that lost its lease records nothing");
            WebhookDelivery d = webhooks.onlyDeliveryOf(s.id());
            assertEquals(WebhookDelivery.Status.DELIVERED, d.status);
            assertEquals(1, d.attempts);
            assertEquals(1, receiver.calls().size());
        }
    }
}
