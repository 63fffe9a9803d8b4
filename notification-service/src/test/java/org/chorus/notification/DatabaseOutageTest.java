package org.chorus.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabaseOutageTest {

    @Test
    void aBatchArrivingWhileTheDatabaseIsAwayIsAppliedWhenItIsBackAndOnlyItsUnknownEventIsDeadLetteredOnce()
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
        try {
            TestDatabase.refuseConnections();
            // the unknown event needs no database; the batch's transaction fails until the database is back, and
            // so would the one transaction per event that follows a failure that is no outage
            SignatureEvents.produceTogether(unknown, submitted);
            Thread.sleep(8_000);
        } finally {
            TestDatabase.allowConnections();
        }

        Mailbox.awaitExactlyOne(signer);
        String unknownId = unknown.get("id").asText();
        TopicReader.await("signatures.dlq", r -> r.value().contains(unknownId), Duration.ofSeconds(10));
        List<ConsumerRecord<String, String>> dead = TopicReader.all("signatures.dlq");
        assertEquals(1, dead.stream().filter(r -> r.value().contains(unknownId)).count());
        String submittedId = submitted.get("id").asText();
        assertEquals(0, dead.stream().filter(r -> r.value().contains(submittedId)).count(),
                "an event that waited for the database was dead-lettered");
    }
}
