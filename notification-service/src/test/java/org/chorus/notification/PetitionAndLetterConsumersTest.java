package org.chorus.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumers that take petition and letter events one at a time: an event that breaks a database rule goes to
 * its dead-letter topic and the next event of its partition is applied; an event that meets a database outage
 * waits until the database is back and is applied once, not dead-lettered.
 */
@QuarkusTest
class PetitionAndLetterConsumersTest {

    private static final String REASON = "dead-letter-reason";
    /** Written by SmallRye's dead-letter strategy from the thrown failure's cause, which could quote the record. */
    private static final String CAUSE = "dead-letter-cause";

    @Inject
    TestEmails emails;

    @Test
    void aLetterWhoseSubjectIsTooLongForItsColumnIsDeadLetteredAndTheNextLetterIsSent() {
        String address = mission();
        ObjectNode tooLong = LetterEvents.letter(address);
        // the event's schema sets no limit; email_message.subject holds 400 characters
        ((ObjectNode) tooLong.get("data")).put("subject", "x".repeat(401));
        String next = mission();
        LetterEvents.produce(tooLong, LetterEvents.letter(next));

        Mailbox.awaitExactlyOne(next);
        assertDeadLetteredOnce("letters.dlq", tooLong);
        assertEquals(0, emails.forEvent(SignatureEvents.id(tooLong)).size());
        assertFalse(emails.processed(SignatureEvents.id(tooLong)));
        assertEquals(0, Mailbox.to(address).size());
    }

    @Test
    void aLetterArrivingWhileTheDatabaseIsAwayIsSentOnceWhenItIsBackNotDeadLettered() throws Exception {
        // the consumer has joined its group and reads: the outage below meets the letter, not a consumer starting up
        String before = mission();
        LetterEvents.produce(LetterEvents.letter(before));
        Mailbox.awaitExactlyOne(before);
        ConsumerGroups.awaitSettled();

        String address = mission();
        ObjectNode letter = LetterEvents.letter(address);
        try {
            TestDatabase.refuseConnections();
            LetterEvents.produce(letter);
            Thread.sleep(4_000);
        } finally {
            TestDatabase.allowConnections();
        }

        Mailbox.awaitExactlyOne(address);
        assertEquals(1, emails.forEvent(SignatureEvents.id(letter)).size());
        assertNotDeadLettered("letters.dlq", letter);
    }

    @Test
    void aMilestoneThatBreaksADatabaseRuleIsDeadLetteredAndTheNextMilestoneIsSent() throws Exception {
        UUID petition = UUID.randomUUID();
        String signer = confirmedSignerWantingUpdates(petition);
        // only ids and numbers of a milestone reach the database, and none can break a rule of its schema: the
        // database is given one that this event breaks
        ObjectNode breaking = PetitionEvents.milestone(petition, 100);
        try (AutoCloseable rule = TestDatabase.ruleBrokenBy(SignatureEvents.id(breaking))) {
            PetitionEvents.produce(breaking, PetitionEvents.milestone(petition, 200));

            Mailbox.Email update = Mailbox.awaitExactly(signer, 3).get(2);
            assertThat(update.subject(), containsString("200 signatures"));
            assertDeadLetteredOnce("petitions.dlq", breaking);
        }
        assertFalse(emails.processed(SignatureEvents.id(breaking)));
    }

    @Test
    void aMilestoneArrivingWhileTheDatabaseIsAwayIsSentOnceWhenItIsBackNotDeadLettered() throws Exception {
        UUID petition = UUID.randomUUID();
        String signer = confirmedSignerWantingUpdates(petition);
        // the consumer has joined its group and reads: the outage below meets the milestone
        PetitionEvents.produce(PetitionEvents.milestone(petition, 100));
        Mailbox.awaitExactly(signer, 3);
        ConsumerGroups.awaitSettled();

        ObjectNode milestone = PetitionEvents.milestone(petition, 200);
        try {
            TestDatabase.refuseConnections();
            PetitionEvents.produce(milestone);
            Thread.sleep(4_000);
        } finally {
            TestDatabase.allowConnections();
        }

        Mailbox.Email update = Mailbox.awaitExactly(signer, 4).get(3);
        assertThat(update.subject(), containsString("200 signatures"));
        assertNotDeadLettered("petitions.dlq", milestone);
    }

    /** Signs and confirms, asking for updates; waits for the confirmation and the thank-you. */
    private static String confirmedSignerWantingUpdates(UUID petition) {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(petition, address, true);
        SignatureEvents.produce(submitted, SignatureEvents.confirmedFor(submitted));
        Mailbox.awaitExactly(address, 2);
        return address;
    }

    private static void assertDeadLetteredOnce(String topic, ObjectNode event) {
        String id = event.get("id").asText();
        ConsumerRecord<String, String> dead = TopicReader.await(topic, r -> r.value().contains(id),
                Duration.ofSeconds(10));
        assertThat(TopicReader.header(dead, REASON), containsString("could not apply the event"));
        assertNull(TopicReader.header(dead, CAUSE));
        assertEquals(1, TopicReader.all(topic).stream().filter(r -> r.value().contains(id)).count());
    }

    private static void assertNotDeadLettered(String topic, ObjectNode event) {
        String id = event.get("id").asText();
        assertEquals(0, TopicReader.all(topic).stream().filter(r -> r.value().contains(id)).count(),
                "an event that waited for the database was dead-lettered");
    }

    private static String mission() {
        return "mission-" + UUID.randomUUID() + "@gb.example.org";
    }
}
