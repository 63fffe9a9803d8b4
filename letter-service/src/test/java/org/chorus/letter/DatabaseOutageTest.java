package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.letter.messaging.Topics;
import org.chorus.testing.kafka.ConsumerGroup;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class DatabaseOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aBatchHeldByAnOutageAndDeliveredAgainIsAppliedOnceAndOnlyItsUnknownEventIsDeadLetteredOnce()
            throws Exception {
        UUID petition = UUID.randomUUID();
        String slug = "test-" + petition.toString().substring(0, 8);
        UUID unknown = UUID.randomUUID();
        UUID confirmed = UUID.randomUUID();
        // the consumer reads and its group is settled: the outage below meets the batch, not a consumer starting up
        TopicWriter.sendSignatureEvents(petition, confirmed(petition, slug, UUID.randomUUID()));
        await().atMost(WAIT).untilAsserted(() -> summary(slug).body("total", equalTo(1)));
        ConsumerGroups.awaitSettled();
        long retriesBefore = Retries.of(Retries.SIGNATORIES);
        try {
            TestDatabase.refuseConnections();
            // the unknown event needs no database; the confirmation after it fails until the database is back
            TopicWriter.sendSignatureEventsTogether(petition, """
                    {"specversion":"1.0","id":"%s","source":"/test","type":"signature.exploded","subject":"%s",
                     "time":"2025-03-01T10:15:30Z","datacontenttype":"application/json","data":{}}"""
                    .formatted(unknown, petition), confirmed(petition, slug, confirmed));
            // the batch met the outage and waits for the database; while it waits, a member joins the group and
            // leaves, and Kafka delivers the batch again (it was not acknowledged, so not committed)
            await().atMost(WAIT).until(() -> Retries.of(Retries.SIGNATORIES) > retriesBefore);
            ConsumerGroup.rebalance(ConsumerGroups.GROUP, WAIT);
            ConsumerGroups.awaitSettled();
        } finally {
            TestDatabase.allowConnections();
        }

        await().atMost(WAIT).untilAsserted(() -> summary(slug).body("total", equalTo(2)));
        // an event after the batch on its partition: once the group has committed past it, every delivery of the
        // batch is done, and so are its dead letters
        RecordMetadata after = TopicWriter.sendSignatureEvents(petition, confirmed(petition, slug, UUID.randomUUID()));
        ConsumerGroup.awaitCommittedPast(ConsumerGroups.GROUP, after, WAIT);
        summary(slug).body("total", equalTo(3));
        assertEquals(1, TopicReader.count(Topics.SIGNATURES_DLQ, r -> r.value().contains(unknown.toString())),
                "the unknown event's dead letters");
        assertEquals(0, TopicReader.count(Topics.SIGNATURES_DLQ, r -> r.value().contains(confirmed.toString())),
                "an event that waited for the database was dead-lettered");
    }

    private static String confirmed(UUID petition, String slug, UUID eventId) {
        return SignatureEvents.confirmed(eventId, petition, slug, UUID.randomUUID(), "MM", null);
    }

    private static ValidatableResponse summary(String slug) {
        return given().get("/api/letters/petitions/{slug}/signatories/summary", slug).then().statusCode(200);
    }
}
