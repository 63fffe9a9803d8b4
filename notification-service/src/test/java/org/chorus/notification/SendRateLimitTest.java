package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** chorus.notification.sender.max-per-second: a queue of emails leaves at the configured rate, not at once. */
@QuarkusTest
@TestProfile(SendRateLimitTest.FourASecond.class)
class SendRateLimitTest {

    private static final int RATE = 4;
    private static final int EMAILS = 16;

    public static class FourASecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chorus.notification.sender.max-per-second", String.valueOf(RATE));
        }
    }

    @Inject
    TestEmails emails;

    @Test
    void aQueueOfEmailsLeavesAtTheConfiguredRate() {
        List<String> addresses = IntStream.range(0, EMAILS).mapToObj(i -> SignatureEvents.newEmail()).toList();
        List<UUID> events = emails.queueWithoutWakingTheSender(addresses);

        await().atMost(Duration.ofSeconds(30)).until(() -> addresses.stream().allMatch(a -> !Mailbox.to(a).isEmpty()));
        List<Instant> sent = events.stream().map(e -> emails.oneForEvent(e).sentAt)
                .sorted(Comparator.naturalOrder()).toList();
        // a burst of at most one second's worth, then one every 1/RATE s: 12 more take at least 3 s
        Duration spread = Duration.between(sent.get(0), sent.get(EMAILS - 1));
        assertTrue(spread.compareTo(Duration.ofMillis((EMAILS - RATE) * 1000L / RATE - 300)) >= 0,
                "16 emails at 4 a second were sent within " + spread);
    }
}
