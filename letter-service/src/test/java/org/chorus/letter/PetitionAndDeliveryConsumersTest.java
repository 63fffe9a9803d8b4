package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.letter.messaging.Topics;
import org.chorus.letter.service.Petitions;
import org.chorus.testing.kafka.ConsumerGroup;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The consumers that take petition events and delivery reports one at a time: an event that breaks a database rule
 * goes to its dead-letter topic and the next event of its partition is applied; an event that meets a database
 * outage waits until the database is back and is applied once, not dead-lettered.
 */
@QuarkusTest
@TestSecurity(user = "cara", roles = "campaigner")
class PetitionAndDeliveryConsumersTest {

    private static final String BATCHES = "/api/letters/batches";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REASON = "dead-letter-reason";
    /** Written by SmallRye's dead-letter strategy from the thrown failure's cause, which could quote the record. */
    private static final String CAUSE = "dead-letter-cause";

    /** A letter of a batch awaiting approval, whose status follows its emails' reports. */
    private record Draft(String batchId, String letterId) {
    }

    @Inject
    Petitions petitions;

    @Inject
    StoredRows rows;

    @Test
    void aPetitionWhoseSlugIsTooLongForItsColumnIsDeadLetteredAndTheNextPetitionIsStored() throws Exception {
        // the event's schema sets no length; petition.slug holds 80 characters, as petition-service's does
        ObjectNode tooLong = PublishedPetitions.event(UUID.randomUUID(), "too-long-" + "x".repeat(72));
        String next = "letter-test-" + UUID.randomUUID().toString().substring(0, 8);
        RecordMetadata last = TopicWriter.sendPetitionEvents(UUID.randomUUID(), tooLong.toString(),
                PublishedPetitions.event(UUID.randomUUID(), next).toString());

        await().atMost(Duration.ofSeconds(20)).until(() -> petitions.bySlug(next).isPresent());
        String id = tooLong.get("id").asText();
        assertDeadLetteredOnce(Topics.PETITIONS_DLQ, last, r -> r.value().contains(id));
        assertFalse(rows.eventProcessed(UUID.fromString(id)));
    }

    @Test
    void aPetitionPublishedWhileTheDatabaseIsAwayIsStoredOnceWhenItIsBackNotDeadLettered() throws Exception {
        // the consumer has joined its group and reads: the outage below meets the event, not a consumer starting up
        PublishedPetitions.publish(petitions);

        UUID petitionId = UUID.randomUUID();
        String slug = "letter-test-" + petitionId.toString().substring(0, 8);
        ObjectNode published = PublishedPetitions.event(petitionId, slug);
        long retriesBefore = Retries.of(Retries.PETITIONS);
        RecordMetadata sent;
        try {
            TestDatabase.refuseConnections();
            sent = TopicWriter.sendPetitionEvents(petitionId, published.toString());
            // the consumer met the outage and waits for the database
            await().atMost(WAIT).until(() -> Retries.of(Retries.PETITIONS) > retriesBefore);
        } finally {
            TestDatabase.allowConnections();
        }

        await().atMost(WAIT).until(() -> petitions.bySlug(slug).isPresent());
        assertEquals(petitionId, petitions.bySlug(slug).orElseThrow().id);
        String id = published.get("id").asText();
        assertNotDeadLettered(Topics.PETITIONS_DLQ, sent, r -> r.value().contains(id));
    }

    @Test
    void aDeliveryReportWhoseTimeTheDatabaseCannotHoldIsDeadLetteredAndTheNextReportIsApplied() throws Exception {
        Draft draft = draftLetter();
        // a readable instant, but past the last year a PostgreSQL timestamp holds (294276)
        String outOfRange = "+300000-01-01T00:00:00Z";
        RecordMetadata last = TopicWriter.send(Topics.DELIVERIES, UUID.randomUUID(),
                DeliveryReports.report("email.sent", draft.letterId(), "SENT", outOfRange),
                DeliveryReports.report("email.failed", draft.letterId(), "FAILED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> letterStatus(draft, "FAILED"));
        assertDeadLetteredOnce(Topics.DELIVERIES_DLQ, last,
                r -> r.value().contains(draft.letterId()) && r.value().contains(outOfRange));
    }

    @Test
    void aDeliveryReportArrivingWhileTheDatabaseIsAwayIsAppliedOnceWhenItIsBackNotDeadLettered() throws Exception {
        Draft draft = draftLetter();
        // the consumer has joined its group and reads: the outage below meets the report
        String before = DeliveryReports.report("email.sent", UUID.randomUUID().toString(), "SENT");
        TopicWriter.send(Topics.DELIVERIES, UUID.randomUUID(), before);
        UUID beforeId = UUID.fromString(JSON.readTree(before).get("id").asText());
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.eventProcessed(beforeId));

        long retriesBefore = Retries.of(Retries.DELIVERIES);
        RecordMetadata sent;
        try {
            TestDatabase.refuseConnections();
            sent = TopicWriter.send(Topics.DELIVERIES, UUID.randomUUID(),
                    DeliveryReports.report("email.sent", draft.letterId(), "SENT"));
            // the consumer met the outage and waits for the database
            await().atMost(WAIT).until(() -> Retries.of(Retries.DELIVERIES) > retriesBefore);
        } finally {
            TestDatabase.allowConnections();
        }

        await().atMost(WAIT).untilAsserted(() -> letterStatus(draft, "SENT"));
        assertNotDeadLettered(Topics.DELIVERIES_DLQ, sent, r -> r.value().contains(draft.letterId()));
    }

    /** A petition with a template, and a batch of one letter, to Indonesia. */
    private Draft draftLetter() throws Exception {
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions);
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{counts.total}</p>"))
                .when().put("/api/letters/templates/{slug}/en", petition.slug()).then().statusCode(200);
        String batch = given().contentType(ContentType.JSON)
                .body(Map.of("petition", petition.slug(), "targets", List.of("ID")))
                .when().post(BATCHES).then().statusCode(201).extract().path("id");
        String letter = given().when().get(BATCHES + "/{id}", batch).then().statusCode(200)
                .extract().path("letters[0].id");
        return new Draft(batch, letter);
    }

    private static void letterStatus(Draft draft, String status) {
        given().when().get(BATCHES + "/{id}", draft.batchId()).then().statusCode(200)
                .body("letters[0].status", equalTo(status));
    }

    /** Once the group has committed past {@code last}, every record up to it is applied or dead-lettered. */
    private static void assertDeadLetteredOnce(String topic, RecordMetadata last,
            Predicate<ConsumerRecord<String, String>> event) throws Exception {
        ConsumerGroup.awaitCommittedPast(ConsumerGroups.GROUP, last, WAIT);
        List<ConsumerRecord<String, String>> dead = TopicReader.all(topic).stream().filter(event).toList();
        assertEquals(1, dead.size(), "its dead letters");
        assertThat(TopicReader.header(dead.get(0), REASON), containsString("could not apply the event"));
        assertNull(TopicReader.header(dead.get(0), CAUSE));
    }

    private static void assertNotDeadLettered(String topic, RecordMetadata sent,
            Predicate<ConsumerRecord<String, String>> event) throws Exception {
        ConsumerGroup.awaitCommittedPast(ConsumerGroups.GROUP, sent, WAIT);
        assertEquals(0, TopicReader.count(topic, event), "an event that waited for the database was dead-lettered");
    }
}
