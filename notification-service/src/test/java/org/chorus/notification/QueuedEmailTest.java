package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.chorus.notification.mail.EmailDelivery;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QueuedEmailTest {

    @Inject
    TestEmails emails;

    @Inject
    EmailDelivery delivery;

    @Test
    void emailCommittedBeforeACrashIsSentByThePoll() {
        String address = SignatureEvents.newEmail();
        UUID eventId = emails.queueWithoutWakingTheSender(List.of(address)).get(0);

        Mailbox.awaitExactlyOne(address);
        assertEquals(EmailMessage.Status.SENT, emails.oneForEvent(eventId).status);
    }

    @Test
    void concurrentSendersNeverSendTheSameEmailTwice() throws Exception {
        List<String> addresses = IntStream.range(0, 24).mapToObj(i -> SignatureEvents.newEmail()).toList();
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            emails.queueWithoutWakingTheSender(addresses);
            // three more senders race the service's own, as other replicas would
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(replicas.submit(() -> {
                    EmailDelivery.Outcome outcome;
                    do {
                        outcome = delivery.deliverNext();
                    } while (outcome != EmailDelivery.Outcome.NONE_DUE);
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> addresses.stream().allMatch(a -> !Mailbox.to(a).isEmpty()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> addresses.stream().allMatch(a -> Mailbox.to(a).size() == 1));
    }
}
