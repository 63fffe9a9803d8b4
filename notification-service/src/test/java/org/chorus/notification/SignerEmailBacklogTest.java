package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * chorus.notification.intake.max-queued-emails: while that many confirmation and thank-you emails wait, new
 * signature events stay in Kafka; once the queue has room they are taken in and their emails go out.
 */
@QuarkusTest
@TestProfile(SignerEmailBacklogTest.SmallBacklog.class)
class SignerEmailBacklogTest {

    /** Far above what the other test classes leave queued (emails due only tomorrow, say) in the same database. */
    private static final int LIMIT = 1_000;

    public static class SmallBacklog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chorus.notification.intake.max-queued-emails", String.valueOf(LIMIT),
                    "chorus.notification.intake.check-every", "PT0.2S");
        }
    }

    @Inject
    TestEmails emails;

    @Test
    void signatureEventsWaitWhileTheEmailQueueIsFullAndComeInOnceItHasRoom() {
        emails.deleteQueuedSignerEmailsDueAfter(Instant.now().plus(Duration.ofHours(1)));
        long before = emails.queuedSignerEmails();
        assertTrue(before < LIMIT, before + " emails due within the hour were queued by earlier tests");
        List<UUID> filling = emails.queueManyNotDueUntilTomorrow(LIMIT - before);
        try {
            String address = SignatureEvents.newEmail();
            ObjectNode submitted = SignatureEvents.submitted(address, "Khin Khin", "en");
            SignatureEvents.produce(submitted);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> !emails.processed(SignatureEvents.id(submitted)));
            assertTrue(emails.forEvent(SignatureEvents.id(submitted)).isEmpty());

            emails.delete(filling);
            Mailbox.awaitExactlyOne(address);
            assertFalse(emails.forEvent(SignatureEvents.id(submitted)).isEmpty());
        } finally {
            emails.delete(filling);
        }
    }
}
