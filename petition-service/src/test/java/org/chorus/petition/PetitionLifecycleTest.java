package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.petition.messaging.Topics;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** DRAFT → OPEN → CLOSED through publish and close, each with its event on the petitions topic. */
@QuarkusTest
class PetitionLifecycleTest {

    @Inject
    TestPetitions petitions;

    @Test
    void nobodyCanSignADraft() {
        String slug = Staff.create(Staff.draft());
        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", slug)
                .then().statusCode(409);
    }

    @Test
    void publishingOpensSigningAndPublishesTheEvent() {
        String slug = Staff.create(Staff.draft());
        Staff.campaigner().when().post("/api/petitions/{slug}/publish", slug)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("publishedAt", notNullValue())
                .body("version", equalTo(1));
        Signer.sign(slug, Signer.newEmail(), "MM");

        ConsumerRecord<String, String> record = event("petition.published", slug);
        JsonNode event = TopicReader.parse(record.value());
        Petition p = petitions.bySlug(slug);
        assertEquals(p.id.toString(), record.key(), "keyed by petition, like every event about it");
        assertEquals(p.id.toString(), event.path("subject").asText());
        assertEquals(5000, event.path("data").path("goal").asInt());
        EventSchemas.assertConforms(record.value(), "petition.published");
    }

    @Test
    void closingStopsSigningAndPublishesTheEvent() {
        String slug = Staff.createAndPublish(Staff.draft());
        Staff.campaigner().when().post("/api/petitions/{slug}/close", slug)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());
        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", slug)
                .then().statusCode(409);

        ConsumerRecord<String, String> record = event("petition.closed", slug);
        assertEquals(petitions.bySlug(slug).id.toString(), record.key());
        assertEquals("STAFF", TopicReader.parse(record.value()).path("data").path("reason").asText());
        EventSchemas.assertConforms(record.value(), "petition.closed");
    }

    @Test
    void onlyADraftCanBePublished() {
        String slug = Staff.createAndPublish(Staff.draft());
        Staff.campaigner().when().post("/api/petitions/{slug}/publish", slug)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/petition-state"));
        Staff.campaigner().when().post("/api/petitions/{slug}/close", slug).then().statusCode(200);
        Staff.campaigner().when().post("/api/petitions/{slug}/publish", slug).then().statusCode(409);
    }

    @Test
    void onlyAnOpenPetitionCanBeClosed() {
        String slug = Staff.create(Staff.draft());
        Staff.campaigner().when().post("/api/petitions/{slug}/close", slug)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/petition-state"));
        Staff.campaigner().when().post("/api/petitions/{slug}/publish", slug).then().statusCode(200);
        Staff.campaigner().when().post("/api/petitions/{slug}/close", slug).then().statusCode(200);
        Staff.campaigner().when().post("/api/petitions/{slug}/close", slug).then().statusCode(409);
    }

    @Test
    void aDraftWhoseClosingTimeHasPassedCannotBePublished() {
        String slug = Staff.create(Staff.closingAt(Staff.draft(), Instant.now().plusSeconds(3600)));
        petitions.setClosesAt(slug, Instant.now().minusSeconds(1));
        Staff.campaigner().when().post("/api/petitions/{slug}/publish", slug)
                .then().statusCode(409).body("type", equalTo("/problems/petition-state"));
    }

    @Test
    void theListShowsEachPetitionsStateAndCounts() {
        String slug = Staff.createAndPublish(Staff.draft());
        Signer.sign(slug, Signer.newEmail(), "MM");
        Signer.sign(slug, Signer.newEmail(), "TH");
        Staff.campaigner().when().get("/api/petitions")
                .then().statusCode(200)
                .body("find { it.slug == '" + slug + "' }.status", equalTo("OPEN"))
                .body("find { it.slug == '" + slug + "' }.signatures.pending", equalTo(2))
                .body("find { it.slug == '" + slug + "' }.signatures.confirmed", equalTo(0));
    }

    private static ConsumerRecord<String, String> event(String type, String slug) {
        return TopicReader.await(Topics.PETITIONS, e -> type.equals(e.path("type").asText())
                && slug.equals(e.path("data").path("petitionSlug").asText()), Duration.ofSeconds(20));
    }
}
