package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.chorus.letter.messaging.Topics;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class DatabaseOutageTest {

    @Test
    void aBatchArrivingWhileTheDatabaseIsAwayIsAppliedWhenItIsBackAndOnlyItsUnknownEventIsDeadLetteredOnce()
            throws Exception {
        UUID petition = UUID.randomUUID();
        String slug = "test-" + petition.toString().substring(0, 8);
        UUID unknown = UUID.randomUUID();
        UUID confirmed = UUID.randomUUID();
        // the consumer has joined its group and reads: the outage below meets the batch, not a consumer starting up
        TopicWriter.sendSignatureEvents(petition,
                SignatureEvents.confirmed(UUID.randomUUID(), petition, slug, UUID.randomUUID(), "TH", null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(slug).body("total", equalTo(1)));
        try {
            TestDatabase.refuseConnections();
            // the unknown event needs no database; the confirmation after it fails until the database is back
            TopicWriter.sendSignatureEventsTogether(petition, """
                    {"specversion":"1.0","id":"%s","source":"/test","type":"signature.exploded","subject":"%s",
                     "time":"2025-03-01T10:15:30Z","datacontenttype":"application/json","data":{}}"""
                    .formatted(unknown, petition),
                    SignatureEvents.confirmed(confirmed, petition, slug, UUID.randomUUID(), "MM", null));
            Thread.sleep(4_000);
        } finally {
            TestDatabase.allowConnections();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> summary(slug).body("total", equalTo(2)));
        TopicReader.await(Topics.SIGNATURES_DLQ, r -> r.value().contains(unknown.toString()), Duration.ofSeconds(10));
        assertEquals(1, TopicReader.count(Topics.SIGNATURES_DLQ, r -> r.value().contains(unknown.toString()),
                Duration.ofSeconds(3)));
        assertEquals(0, TopicReader.count(Topics.SIGNATURES_DLQ, r -> r.value().contains(confirmed.toString()),
                Duration.ofSeconds(3)), "an event that waited for the database was dead-lettered");
    }

    private static ValidatableResponse summary(String slug) {
        return given().get("/api/letters/petitions/{slug}/signatories/summary", slug).then().statusCode(200);
    }
}
