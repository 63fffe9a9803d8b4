package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchema;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.letter.messaging.Topics;
import org.chorus.letter.service.Petitions;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An approved batch is dispatched once: a letter.dispatch-requested per letter and a batch.dispatched, through the
 * outbox; then each letter's status follows the delivery reports of its emails.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class DispatchTest {

    private static final String BATCHES = "/api/letters/batches";
    private static final File SCHEMAS = new File("src/main/resources/schemas");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Petitions petitions;

    @Test
    void anApprovedBatchIsDispatchedOnceAndItsLettersFollowTheirEmails() throws Exception {
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions);
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{recipient.salutation}, {counts.total}</p>"))
                .when().put("/api/letters/templates/{slug}/en", petition.slug()).then().statusCode(200);
        String batch = given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("petition", petition.slug(), "targets", List.of("MM", "TH")))
                .when().post(BATCHES).then().statusCode(201).extract().path("id");

        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(409).body("detail", containsString("not approved"));
        given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(200);
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(200).body("status", equalTo("DISPATCHED"))
                .body("letters.status", everyItem(equalTo("QUEUED")))
                .body("createdBy", equalTo("cara")).body("approvedBy", equalTo("abel"))
                .body("dispatchedBy", equalTo("cara")).body("dispatchedAt", notNullValue());
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(409).body("detail", containsString("already dispatched"));

        ConsumerRecord<String, String> myanmar = TopicReader.await(Topics.LETTERS,
                r -> r.value().contains("letter.dispatch-requested") && r.value().contains(batch)
                        && r.value().contains("\"targetCode\":\"MM\""), Duration.ofSeconds(20));
        JsonNode letter = JSON.readTree(myanmar.value()).get("data");
        assertThat(letter.toString(), matchesJsonSchema(new File(SCHEMAS, "letter.dispatch-requested.schema.json")));
        assertEquals("MM", myanmar.key());
        assertEquals(2, letter.get("recipients").size(), "the demo directory's ministry and mission");
        ConsumerRecord<String, String> dispatched = TopicReader.await(Topics.LETTERS,
                r -> r.value().contains("batch.dispatched") && r.value().contains(batch), Duration.ofSeconds(20));
        assertThat(JSON.readTree(dispatched.value()).get("data").toString(),
                matchesJsonSchema(new File(SCHEMAS, "batch.dispatched.schema.json")));

        String letterId = letter.get("letterId").asText();
        String failed = DeliveryReports.report("email.failed", letterId, "FAILED");
        String sent = DeliveryReports.report("email.sent", letterId, "SENT");
        TopicWriter.send(Topics.DELIVERIES, UUID.randomUUID(), failed, sent, sent, failed);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(token("cara", "campaigner"))
                .when().get(BATCHES + "/{id}", batch)
                .then().body("letters.find { it.target == 'MM' }.status", equalTo("SENT"))
                .body("letters.find { it.target == 'TH' }.status", equalTo("QUEUED")));
    }

    @Test
    void staffRecordWhatTargetsAnsweredToADispatchedLetterOnly() throws Exception {
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions);
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{counts.total}</p>"))
                .when().put("/api/letters/templates/{slug}/en", petition.slug()).then().statusCode(200);
        String batch = given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("petition", petition.slug(), "targets", List.of("ID")))
                .when().post(BATCHES).then().statusCode(201).extract().path("id");
        String letter = given().auth().oauth2(token("cara", "campaigner")).when().get(BATCHES + "/{id}", batch)
                .then().extract().path("letters[0].id");
        Map<String, Object> ack = Map.of("kind", "ACKNOWLEDGED", "receivedAt", Instant.now().minusSeconds(60).toString(),
                "summary", "Receipt acknowledged by the mission's desk officer.");
        String replies = BATCHES + "/{id}/letters/{letter}/replies";

        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON).body(ack)
                .when().post(replies, batch, letter).then().statusCode(409);
        given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(200);
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(200);

        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON).body(ack)
                .when().post(replies, batch, letter).then().statusCode(201).body("kind", equalTo("ACKNOWLEDGED"))
                .body("recordedBy", equalTo("cara"));
        given().auth().oauth2(token("abel", "approver")).when().get(replies, batch, letter)
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].summary", equalTo("Receipt acknowledged by the mission's desk officer."));
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("kind", "REPLIED", "receivedAt", Instant.now().plusSeconds(3600).toString()))
                .when().post(replies, batch, letter).then().statusCode(400).body("errors[0].field", equalTo("receivedAt"));
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON).body(ack)
                .when().post(replies, UUID.randomUUID(), letter).then().statusCode(404);
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON).body(ack)
                .when().post(replies, batch, UUID.randomUUID()).then().statusCode(404);
    }

    private static String token(String user, String... roles) {
        return KeycloakTokens.forUserWithRealmRoles(user, roles);
    }
}
