package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A domain with an hourly limit gets its emails spread over the hour; other domains are not held up by it. */
@QuarkusTest
@TestProfile(DomainLimitTest.SlowDomain.class)
class DomainLimitTest {

    private static final String SLOW = "slow-ministry.example";

    public static class SlowDomain implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chorus.notification.sender.domain-per-hour.\"" + SLOW + "\"", "60");
        }
    }

    @Inject
    TestEmails emails;

    @Test
    void aLimitedDomainGetsOneEmailNowAndSlotsForTheRest() {
        List<String> toSlowDomain = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID() + "@" + SLOW).toList();
        String elsewhere = SignatureEvents.newEmail();
        List<UUID> held = emails.queueWithoutWakingTheSender(toSlowDomain);
        emails.queueWithoutWakingTheSender(List.of(elsewhere));

        Mailbox.awaitExactlyOne(elsewhere);
        await().atMost(Duration.ofSeconds(10)).until(() -> toSlowDomain.stream().mapToInt(a -> Mailbox.to(a).size()).sum() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> held.stream().map(emails::oneForEvent)
                .filter(m -> m.status == EmailMessage.Status.QUEUED && m.throttledUntil != null).count() == 2);

        List<EmailMessage> waiting = held.stream().map(emails::oneForEvent)
                .filter(m -> m.status == EmailMessage.Status.QUEUED)
                .sorted(Comparator.comparing(m -> m.nextAttemptAt)).toList();
        Instant sent = held.stream().map(emails::oneForEvent).filter(m -> m.status == EmailMessage.Status.SENT)
                .findFirst().orElseThrow().sentAt;
        // 60 an hour: one a minute, each waiting email with its own slot, none of it counted as a failed attempt
        assertEquals(0, waiting.get(0).attempts);
        assertTrue(Duration.between(sent, waiting.get(0).nextAttemptAt).toSeconds() >= 55, "first slot a minute on");
        assertTrue(Duration.between(waiting.get(0).nextAttemptAt, waiting.get(1).nextAttemptAt).toSeconds() >= 59,
                "second slot a minute after the first");
    }
}
