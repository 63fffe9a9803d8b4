package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TallyTest {

    @Inject
    TestPetitions petitions;

    @Test
    void redeliveredAndDuplicatedEventsCountOnce() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        UUID signature = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String confirmed = TestEvents.confirmed(eventId, p, signature, "TH");
        TestEvents.send(p, confirmed, confirmed, TestEvents.confirmed(UUID.randomUUID(), p, signature, "TH"),
                TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
        // the last event counted shows that the ones before it on its partition have been read
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("byCountry.MM", equalTo(1)));
        given().when().get("/api/petitions/{slug}/tally", p.slug)
                .then().body("total", equalTo(2)).body("byCountry.TH", equalTo(1));
    }

    /**
     * A consumer rewound to an older offset reads a signature's confirmation again after its withdrawal: the
     * withdrawn signature must not count again. A confirmation of a new signature, sent behind the replay on the same
     * partition, shows when the replay has been read.
     */
    @Test
    void aConfirmationReplayedAfterItsWithdrawalDoesNotCountAgain() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        UUID withdrawnSignature = UUID.randomUUID();
        String confirmedTh = TestEvents.confirmed(UUID.randomUUID(), p, withdrawnSignature, "TH");
        String confirmedMm = TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM");
        TestEvents.send(p, confirmedTh, confirmedMm, TestEvents.withdrawn(UUID.randomUUID(), p, withdrawnSignature));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(1)));

        String newSignature = TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "FR");
        TestEvents.send(p, confirmedTh, confirmedMm, newSignature);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("byCountry.FR", equalTo(1)));
        given().when().get("/api/petitions/{slug}/tally", p.slug).then()
                .body("total", equalTo(2)).body("byCountry.MM", equalTo(1)).body("byCountry.TH", nullValue());
    }

    @Test
    void unreadableEventGoesToTheDeadLetterTopicAndThePartitionKeepsMoving() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        TestEvents.send(p, "{\"this is\": \"not a cloud event\"",
                "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                        + "\",\"type\":\"signature.exploded\",\"source\":\"/x\",\"data\":{}}",
                TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(1)));
        TopicReader.await("signatures.dlq", jsonValue(e -> "signature.exploded".equals(e.path("type").asText())),
                Duration.ofSeconds(10));
    }

    @Test
    void anEventThatBreaksADatabaseRuleIsDeadLetteredOnceAndNeitherItsBatchNorTheNextWaitsForIt() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        UUID breaking = UUID.randomUUID();
        // readable, but tallied_signature.country is char(2): an alpha-3 code breaks the column's limit
        TestEvents.sendTogether(p, TestEvents.confirmed(breaking, p, UUID.randomUUID(), "MMR"),
                TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"),
                TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "TH"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(2)));
        RecordMetadata next = TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(3))
                .body("byCountry.MM", equalTo(2)).body("byCountry.TH", equalTo(1)));

        // committed past the next event: its batch and the one before are done, their dead letters sent
        TallyConsumer.awaitDoneWith(next);
        List<ConsumerRecord<String, String>> dead = TopicReader.all("signatures.dlq").stream()
                .filter(jsonValue(e -> breaking.toString().equals(e.path("id").asText()))).toList();
        assertEquals(1, dead.size(), "its dead letters");
        String reason = TopicReader.header(dead.get(0), "dead-letter-reason");
        assertThat(reason, containsString("could not apply the event"));
        assertThat(reason, not(containsString("MMR")));
    }
}
