package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
    void aLetterWhoseSubjectIsTooLongForItsColumnIsDeadLetteredAndTheNextLetterIsSent() throws Exception {
        String address = mission();
        ObjectNode tooLong = LetterEvents.letter(address);
        // the event's schema sets no limit; email_message.subject holds 400 characters
        ((ObjectNode) tooLong.get("data")).put("subject", "x".repeat(401));
        String next = mission();
        RecordMetadata last = LetterEvents.produce(tooLong, LetterEvents.letter(next));

        Mailbox.awaitExactlyOne(next);
        assertDeadLetteredOnce("letters.dlq", last, tooLong);
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
        long retriesBefore = Retries.of(Retries.LETTERS);
        RecordMetadata sent;
        try {
            TestDatabase.refuseConnections();
            sent = LetterEvents.produce(letter);
            // the consumer met the outage and waits for the database
            await().atMost(ConsumerGroups.WAIT).until(() -> Retries.of(Retries.LETTERS) > retriesBefore);
        } finally {
            TestDatabase.allowConnections();
        }

        Mailbox.awaitExactlyOne(address);
        assertEquals(1, emails.forEvent(SignatureEvents.id(letter)).size());
        assertNotDeadLettered("letters.dlq", sent, letter);
    }

    @Test
    void aMilestoneThatBreaksADatabaseRuleIsDeadLetteredAndTheNextMilestoneIsSent() throws Exception {
        UUID petition = UUID.randomUUID();
        String signer = confirmedSignerWantingUpdates(petition);
        // only ids and numbers of a milestone reach the database, and none can break a rule of its schema: the
        // database is given one that this event breaks
        ObjectNode breaking = PetitionEvents.milestone(petition, 100);
        try (AutoCloseable rule = TestDatabase.ruleBrokenBy(SignatureEvents.id(breaking))) {
            RecordMetadata last = PetitionEvents.produce(breaking, PetitionEvents.milestone(petition, 200));

            Mailbox.Email update = Mailbox.awaitExactly(signer, 3).get(2);
            assertThat(update.subject(), containsString("200 signatures"));
            assertDeadLetteredOnce("petitions.dlq", last, breaking);
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
        long retriesBefore = Retries.of(Retries.PETITIONS);
        RecordMetadata sent;
        try {
            TestDatabase.refuseConnections();
            sent = PetitionEvents.produce(milestone);
            // the consumer met the outage and waits for the database
            await().atMost(ConsumerGroups.WAIT).until(() -> Retries.of(Retries.PETITIONS) > retriesBefore);
        } finally {
            TestDatabase.allowConnections();
        }

        Mailbox.Email update = Mailbox.awaitExactly(signer, 4).get(3);
        assertThat(update.subject(), containsString("200 signatures"));
        assertNotDeadLettered("petitions.dlq", sent, milestone);
    }

    /** Signs and confirms, asking for updates; waits for the confirmation and the thank-you. */
    private static String confirmedSignerWantingUpdates(UUID petition) {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(petition, address, true);
        SignatureEvents.produce(submitted, SignatureEvents.confirmedFor(submitted));
        Mailbox.awaitExactly(address, 2);
        return address;
    }

    /** Once the group has committed past {@code last}, every record up to it is applied or dead-lettered. */
    private static void assertDeadLetteredOnce(String topic, RecordMetadata last, ObjectNode event) throws Exception {
        ConsumerGroups.awaitDoneWith(last);
        String id = event.get("id").asText();
        List<ConsumerRecord<String, String>> dead = TopicReader.all(topic).stream()
                .filter(r -> r.value().contains(id)).toList();
        assertEquals(1, dead.size(), "its dead letters");
        assertThat(TopicReader.header(dead.get(0), REASON), containsString("could not apply the event"));
        assertNull(TopicReader.header(dead.get(0), CAUSE));
    }

    private static void assertNotDeadLettered(String topic, RecordMetadata sent, ObjectNode event) throws Exception {
        ConsumerGroups.awaitDoneWith(sent);
        String id = event.get("id").asText();
        assertEquals(0, TopicReader.all(topic).stream().filter(r -> r.value().contains(id)).count(),
                "an event that waited for the database was dead-lettered");
    }

    private static String mission() {
        return "mission-" + UUID.randomUUID() + "@gb.example.org";
    }
}
