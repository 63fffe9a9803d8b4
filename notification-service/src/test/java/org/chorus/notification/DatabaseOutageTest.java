package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.testing.kafka.ConsumerGroup;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabaseOutageTest {

    @Inject
    TestEmails emails;

    @Test
    void aBatchHeldByAnOutageAndDeliveredAgainIsAppliedOnceAndOnlyItsUnknownEventIsDeadLetteredOnce()
            throws Exception {
        // the consumer has joined its group and reads: the outage below meets the batch, not a consumer starting up
        String before = SignatureEvents.newEmail();
        SignatureEvents.produce(SignatureEvents.submitted(before, "Aung San", "en"));
        Mailbox.awaitExactlyOne(before);
        ConsumerGroups.awaitSettled();

        ObjectNode unknown = SignatureEvents.submitted(SignatureEvents.newEmail(), "Aung San", "en");
        unknown.put("type", "signature.exploded");
        String signer = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(signer, "Aung San", "en");
        long retriesBefore = Retries.of(Retries.SIGNATURES);
        RecordMetadata batch;
        try {
            TestDatabase.refuseConnections();
            // the unknown event needs no database; the batch's transaction fails until the database is back, and
            // so would the one transaction per event that follows a failure that is no outage
            batch = SignatureEvents.produceTogether(unknown, submitted);
            // the batch met the outage and waits for the database; while it waits, a member joins the group and
            // leaves, and Kafka delivers the batch again (it was not acknowledged, so not committed)
            await().atMost(ConsumerGroups.WAIT).until(() -> Retries.of(Retries.SIGNATURES) > retriesBefore);
            ConsumerGroup.rebalance(ConsumerGroups.GROUP, ConsumerGroups.WAIT);
            ConsumerGroups.awaitSettled();
        } finally {
            TestDatabase.allowConnections();
        }

        Mailbox.awaitExactlyOne(signer);
        // an event after the batch on its partition: once the group has committed past it, every delivery of the
        // batch is done, and so are its dead letters
        ConsumerGroups.awaitDoneWith(SignatureEvents.produceAfter(batch,
                SignatureEvents.submitted(SignatureEvents.newEmail(), "Aung San", "en")));
        assertEquals(1, emails.forEvent(SignatureEvents.id(submitted)).size(), "the confirmation emails queued");
        List<ConsumerRecord<String, String>> dead = TopicReader.all("signatures.dlq");
        String unknownId = unknown.get("id").asText();
        assertEquals(1, dead.stream().filter(r -> r.value().contains(unknownId)).count(),
                "the unknown event's dead letters");
        String submittedId = submitted.get("id").asText();
        assertEquals(0, dead.stream().filter(r -> r.value().contains(submittedId)).count(),
                "an event that waited for the database was dead-lettered");
    }
}
