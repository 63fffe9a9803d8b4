package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.letter.messaging.Topics;
import org.chorus.testing.kafka.ConsumerGroup;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class SignatoryReadModelTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    StoredRows rows;

    private final UUID petition = UUID.randomUUID();
    private final String slug = "test-" + petition.toString().substring(0, 8);

    @Test
    void confirmedSignaturesAppearInTheSummaryByCountryAndOnlyConsentedNamesCountAsNamed() throws Exception {
        TopicWriter.sendSignatureEvents(petition,
                confirmed(UUID.randomUUID(), "MM", "Aung K."),
                confirmed(UUID.randomUUID(), "MM", null),
                SignatureEvents.confirmedWithoutDisplayNameField(UUID.randomUUID(), petition, slug,
                        UUID.randomUUID(), "TH"),
                confirmed(UUID.randomUUID(), "TH", "   "),
                confirmed(UUID.randomUUID(), "FR", "Claire D."));
        await().atMost(WAIT).untilAsserted(() -> summary()
                .body("petition", equalTo(slug))
                .body("total", equalTo(5))
                .body("byCountry.MM", equalTo(2))
                .body("byCountry.TH", equalTo(2))
                .body("byCountry.FR", equalTo(1))
                .body("named", equalTo(2)));
    }

    @Test
    void theSameEventTwiceAndADuplicateWithANewEventIdCountOnce() throws Exception {
        UUID signature = UUID.randomUUID();
        String event = confirmed(signature, "MM", "Aung K.");
        TopicWriter.sendSignatureEvents(petition,
                event,
                event,
                confirmed(signature, "MM", "Aung K."),
                confirmed(UUID.randomUUID(), "TH", null));
        // the last event counted shows that the ones before it on its partition have been read
        await().atMost(WAIT).untilAsserted(() -> summary().body("byCountry.TH", equalTo(1)));
        summary().body("total", equalTo(2)).body("byCountry.MM", equalTo(1)).body("named", equalTo(1));
    }

    @Test
    void aWithdrawnSignatoryLeavesTheReadModelOnceEvenWhenTheEventComesTwice() throws Exception {
        UUID leaving = UUID.randomUUID();
        String withdrawal = SignatureEvents.withdrawn(UUID.randomUUID(), petition, slug, leaving);
        TopicWriter.sendSignatureEvents(petition,
                confirmed(leaving, "MM", "Aung K."),
                confirmed(UUID.randomUUID(), "MM", null),
                withdrawal,
                withdrawal,
                SignatureEvents.withdrawn(UUID.randomUUID(), petition, slug, UUID.randomUUID()),
                confirmed(UUID.randomUUID(), "TH", null));
        // the last event counted shows that the ones before it on its partition have been read
        await().atMost(WAIT).untilAsserted(() -> summary().body("byCountry.TH", equalTo(1)));
        summary().body("total", equalTo(2)).body("byCountry.MM", equalTo(1)).body("named", equalTo(0));
    }

    @Test
    void anInvalidatedSignatoryLeavesTheReadModel() throws Exception {
        UUID fraudulent = UUID.randomUUID();
        TopicWriter.sendSignatureEvents(petition,
                confirmed(fraudulent, "TH", "Bot"),
                confirmed(UUID.randomUUID(), "MM", null),
                SignatureEvents.invalidated(UUID.randomUUID(), petition, slug, fraudulent));
        await().atMost(WAIT).untilAsserted(() -> summary().body("total", equalTo(1)).body("byCountry.TH", equalTo(null)));
    }

    /** Withdrawal and invalidation are final: a replayed or late confirmation, under any event id, adds nothing. */
    @Test
    void aConfirmationReadAfterItsWithdrawalOrInvalidationNeverAddsTheSignatoryBack() throws Exception {
        UUID withdrawn = UUID.randomUUID();
        UUID invalidated = UUID.randomUUID();
        UUID removedBeforeConfirmed = UUID.randomUUID();
        TopicWriter.sendSignatureEvents(petition,
                confirmed(withdrawn, "MM", "Aung K."),
                confirmed(invalidated, "TH", "Bot"),
                SignatureEvents.withdrawn(UUID.randomUUID(), petition, slug, withdrawn),
                SignatureEvents.invalidated(UUID.randomUUID(), petition, slug, invalidated),
                SignatureEvents.invalidated(UUID.randomUUID(), petition, slug, removedBeforeConfirmed),
                confirmed(withdrawn, "MM", "Aung K."),
                confirmed(invalidated, "TH", "Bot"),
                confirmed(removedBeforeConfirmed, "TH", null),
                confirmed(UUID.randomUUID(), "FR", null));
        // the last event counted shows that the ones before it on its partition have been read
        await().atMost(WAIT).untilAsserted(() -> summary().body("byCountry.FR", equalTo(1)));
        summary().body("total", equalTo(1)).body("byCountry.MM", equalTo(null)).body("byCountry.TH", equalTo(null));
        assertFalse(rows.signatoryStored(withdrawn));
        assertFalse(rows.signatoryStored(invalidated));
        assertFalse(rows.signatoryStored(removedBeforeConfirmed));
    }

    @Test
    void submittedSignatureStoresNothing() throws Exception {
        UUID submittedEvent = UUID.randomUUID();
        UUID submittedSignature = UUID.randomUUID();
        String email = "letter-test-" + submittedEvent + "@example.org";
        String name = "Name " + submittedEvent;
        TopicWriter.sendSignatureEvents(petition,
                SignatureEvents.submitted(submittedEvent, petition, slug, submittedSignature, email, name),
                confirmed(UUID.randomUUID(), "MM", null));
        // the later confirmed event on the same partition proves the submitted one has been consumed
        await().atMost(WAIT).untilAsserted(() -> summary().body("total", equalTo(1)));
        assertEquals(0, rows.containing(email), "a row holds the email of a submitted signature");
        assertEquals(0, rows.containing(name), "a row holds the name of a submitted signature");
        assertFalse(rows.signatoryStored(submittedSignature));
        assertFalse(rows.eventProcessed(submittedEvent));
    }

    @Test
    void unreadableAndUnknownEventsGoToTheDeadLetterTopicAndTheNextEventIsStillApplied() throws Exception {
        String marker = UUID.randomUUID().toString();
        UUID unknownEvent = UUID.randomUUID();
        TopicWriter.sendSignatureEvents(petition,
                "{\"this is\": \"not a cloud event " + marker + "\"",
                """
                {"specversion":"1.0","id":"%s","source":"/test","type":"signature.exploded","subject":"%s",
                 "time":"2025-03-01T10:15:30Z","datacontenttype":"application/json","data":{}}"""
                        .formatted(unknownEvent, petition),
                confirmed(UUID.randomUUID(), "MM", null));
        await().atMost(WAIT).untilAsserted(() -> summary().body("total", equalTo(1)));
        TopicReader.await(Topics.SIGNATURES_DLQ, r -> r.value().contains(marker), WAIT);
        TopicReader.await(Topics.SIGNATURES_DLQ, r -> r.value().contains(unknownEvent.toString()), WAIT);
    }

    @Test
    void theDeadLetterReasonNeverQuotesTheRecord() throws Exception {
        String personal = "letter-test-" + UUID.randomUUID() + "@example.org";
        String event = confirmed(UUID.randomUUID(), "MM", null).replaceFirst(
                "\"signatureId\":\"[^\"]+\"", "\"signatureId\":\"" + personal + "\"");
        TopicWriter.sendSignatureEvents(petition, event);
        ConsumerRecord<String, String> dead = TopicReader.await(Topics.SIGNATURES_DLQ, r -> r.value().contains(personal), WAIT);
        String reason = TopicReader.header(dead, "dead-letter-reason");
        assertFalse(reason == null || reason.isBlank(), "the dead letter has no reason");
        assertFalse(reason.contains(personal), "the dead-letter reason quotes the record: " + reason);
        assertTrue(reason.contains("signatureId"), "the dead-letter reason does not say what is wrong: " + reason);
        assertEquals(0, rows.containing(personal));
    }

    @Test
    void aRecordThatBreaksADatabaseRuleIsDeadLetteredOnceAndNeitherItsBatchNorTheNextWaitsForIt() throws Exception {
        UUID breaking = UUID.randomUUID();
        // readable, but signatory.display_name holds at most 200 characters
        TopicWriter.sendSignatureEventsTogether(petition,
                SignatureEvents.confirmed(breaking, petition, slug, UUID.randomUUID(), "MM", "x".repeat(201)),
                confirmed(UUID.randomUUID(), "MM", "Aung K."),
                confirmed(UUID.randomUUID(), "TH", null));
        await().atMost(WAIT).untilAsserted(() -> summary().body("total", equalTo(2)));
        RecordMetadata next = TopicWriter.sendSignatureEvents(petition, confirmed(UUID.randomUUID(), "FR", null));
        await().atMost(WAIT).untilAsserted(() -> summary().body("total", equalTo(3)).body("named", equalTo(1)));

        // committed past the next event: its batch and the one before are done, their dead letters sent
        ConsumerGroup.awaitCommittedPast(ConsumerGroups.GROUP, next, Duration.ofSeconds(60));
        List<ConsumerRecord<String, String>> dead = TopicReader.all(Topics.SIGNATURES_DLQ).stream()
                .filter(r -> r.value().contains(breaking.toString())).toList();
        assertEquals(1, dead.size(), "its dead letters");
        assertTrue(TopicReader.header(dead.get(0), "dead-letter-reason").contains("could not apply the event"));
    }

    private String confirmed(UUID signature, String country, String displayName) {
        return SignatureEvents.confirmed(UUID.randomUUID(), petition, slug, signature, country, displayName);
    }

    private ValidatableResponse summary() {
        return given().when().get("/api/letters/petitions/{slug}/signatories/summary", slug).then().statusCode(200);
    }
}
