package org.chorus.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeadLetterTest {

    private static final String REASON = "dead-letter-reason";

    @Inject
    TestEmails emails;

    @Test
    void malformedJsonGoesToTheDeadLetterTopicWithoutQuotingItAndTheNextEventIsStillHandled() {
        String leaked = SignatureEvents.newEmail();
        String malformed = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"data\":{\"email\":\""
                + leaked + "\" oops";
        String after = SignatureEvents.newEmail();
        SignatureEvents.produce(malformed, SignatureEvents.submitted(after, "Next", "en"));

        Mailbox.awaitExactlyOne(after);
        ConsumerRecord<String, String> dead = TopicReader.await("signatures.dlq", r -> malformed.equals(r.value()),
                Duration.ofSeconds(10));
        String reason = TopicReader.header(dead, REASON);
        assertNotNull(reason);
        assertThat(reason, containsString("malformed JSON"));
        assertThat(reason, not(containsString(leaked)));
    }

    @Test
    void unknownEventTypeGoesToTheDeadLetterTopicAndTheNextEventIsStillHandled() {
        ObjectNode unknown = SignatureEvents.submitted(SignatureEvents.newEmail(), "Aung San", "en");
        unknown.put("type", "signature.exploded");
        String after = SignatureEvents.newEmail();
        SignatureEvents.produce(unknown, SignatureEvents.submitted(after, "Next", "en"));

        Mailbox.awaitExactlyOne(after);
        String id = unknown.get("id").asText();
        ConsumerRecord<String, String> dead = TopicReader.await("signatures.dlq", r -> r.value().contains(id),
                Duration.ofSeconds(10));
        assertThat(TopicReader.header(dead, REASON), containsString("unknown event type signature.exploded"));
        assertEquals(0, emails.forEvent(SignatureEvents.id(unknown)).size());
    }

    @Test
    void anEventThatFailsTheBatchTransactionIsSetAsideAndTheRestOfItsBatchIsStillApplied() {
        String before = SignatureEvents.newEmail();
        ObjectNode applied = SignatureEvents.submitted(before, "Before", "en");
        ObjectNode failing = SignatureEvents.submitted(SignatureEvents.newEmail(), "Aung San", "en");
        // readable, but the signer table holds at most 400 characters of a title; last in its batch, it fails the
        // batch's commit
        ((ObjectNode) failing.get("data")).put("petitionTitle", "x".repeat(401));
        SignatureEvents.produceTogether(applied, failing);

        Mailbox.awaitExactlyOne(before);
        String failingId = failing.get("id").asText();
        ConsumerRecord<String, String> dead = TopicReader.await("signatures.dlq", r -> r.value().contains(failingId),
                Duration.ofSeconds(10));
        assertThat(TopicReader.header(dead, REASON), containsString("could not apply the event"));
        assertEquals(0, emails.forEvent(SignatureEvents.id(failing)).size());
        String appliedId = applied.get("id").asText();
        assertTrue(TopicReader.all("signatures.dlq").stream().noneMatch(r -> r.value().contains(appliedId)),
                "an event that could be applied was dead-lettered with the one that could not");
    }

    @Test
    void anEventThatBreaksADatabaseRuleFirstInItsBatchIsDeadLetteredOnceAndNeitherItsBatchNorTheNextWaitsForIt() {
        ObjectNode failing = SignatureEvents.submitted(SignatureEvents.newEmail(), "Aung San", "en");
        // first in its batch, it is written out, and fails, only when the next event's first statement runs
        ((ObjectNode) failing.get("data")).put("petitionTitle", "x".repeat(401));
        String second = SignatureEvents.newEmail();
        String third = SignatureEvents.newEmail();
        SignatureEvents.produceTogether(failing, SignatureEvents.submitted(second, "Second", "en"),
                SignatureEvents.submitted(third, "Third", "en"));

        Mailbox.awaitExactlyOne(second);
        Mailbox.awaitExactlyOne(third);
        String next = SignatureEvents.newEmail();
        SignatureEvents.produce(SignatureEvents.submitted(next, "Next", "en"));
        Mailbox.awaitExactlyOne(next);

        String failingId = failing.get("id").asText();
        ConsumerRecord<String, String> dead = TopicReader.await("signatures.dlq", r -> r.value().contains(failingId),
                Duration.ofSeconds(10));
        assertThat(TopicReader.header(dead, REASON), containsString("could not apply the event"));
        assertEquals(1, TopicReader.all("signatures.dlq").stream().filter(r -> r.value().contains(failingId)).count());
        assertEquals(0, emails.forEvent(SignatureEvents.id(failing)).size());
        assertTrue(emails.signer(SignatureEvents.signatureId(failing)).isEmpty());
    }

    @Test
    void submittedEventWithoutAnAddressGoesToTheDeadLetterTopic() {
        ObjectNode incomplete = SignatureEvents.submitted(SignatureEvents.newEmail(), "Aung San", "en");
        ((ObjectNode) incomplete.get("data")).remove("email");
        String after = SignatureEvents.newEmail();
        SignatureEvents.produce(incomplete, SignatureEvents.submitted(after, "Next", "en"));

        Mailbox.awaitExactlyOne(after);
        String id = incomplete.get("id").asText();
        ConsumerRecord<String, String> dead = TopicReader.await("signatures.dlq", r -> r.value().contains(id),
                Duration.ofSeconds(10));
        assertThat(TopicReader.header(dead, REASON), containsString("signature.submitted without email"));
    }
}
