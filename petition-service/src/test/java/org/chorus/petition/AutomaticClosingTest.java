package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.petition.messaging.Topics;
import org.chorus.petition.service.ClosingSchedule;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A petition with a closesAt stops taking signatures then, and the closing job marks it CLOSED (every 1 s here). */
@QuarkusTest
class AutomaticClosingTest {

    @Inject
    TestPetitions petitions;

    @Inject
    ClosingSchedule closing;

    @Test
    void petitionClosesItselfAtItsClosingTime() {
        String slug = Staff.createAndPublish(Staff.closingAt(Staff.draft(), Instant.now().plusSeconds(3600)));
        Signer.sign(slug, Signer.newEmail(), "MM");
        // brought forward in the database: through the API a closesAt must lie in the future when it is sent
        Instant closesAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        petitions.setClosesAt(slug, closesAt);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Staff.campaigner()
                .when().get("/api/petitions/{slug}/definition", slug)
                .then().body("status", equalTo("CLOSED")));
        assertEquals(closesAt, petitions.bySlug(slug).closedAt, "closed as of its closing time");
        refusesSignatures(slug);

        ConsumerRecord<String, String> record = TopicReader.await(Topics.PETITIONS,
                jsonValue(e -> "petition.closed".equals(e.path("type").asText())
                        && slug.equals(e.path("data").path("petitionSlug").asText())), Duration.ofSeconds(20));
        JsonNode data = TopicReader.parse(record.value()).path("data");
        assertEquals("SCHEDULE", data.path("reason").asText());
        assertEquals(closesAt, Instant.parse(data.path("closedAt").asText()));
        EventSchemas.assertConforms(record.value(), "petition.closed");
    }

    @Test
    void signingIsRefusedOnceClosesAtHasPassed() {
        Petition p = petitions.create(Petition.Status.OPEN);
        petitions.setClosesAt(p.slug, Instant.now().minusSeconds(1));
        refusesSignatures(p.slug);
        given().when().get("/p/{slug}", p.slug).then().statusCode(200)
                .body(not(containsString("<form method=\"post\"")));
    }

    @Test
    void eachDuePetitionIsClosedOnceWhoeverRunsTheJob() {
        Petition p = petitions.create(Petition.Status.OPEN);
        petitions.setClosesAt(p.slug, Instant.now().minusSeconds(1));
        closing.closeDue();
        closing.closeDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> petitions.bySlug(p.slug).status == Petition.Status.CLOSED);
        assertEquals(1, TopicReader.count(Topics.PETITIONS,
                jsonValue(e -> "petition.closed".equals(e.path("type").asText())
                        && p.slug.equals(e.path("data").path("petitionSlug").asText())), Duration.ofSeconds(5)));
    }

    @Test
    void openPetitionsWithoutClosingTimeOrWithALaterOneStayOpen() {
        Petition endless = petitions.create(Petition.Status.OPEN);
        Petition later = petitions.create(Petition.Status.OPEN);
        petitions.setClosesAt(later.slug, Instant.now().plusSeconds(3600));
        closing.closeDue();
        assertEquals(Petition.Status.OPEN, petitions.bySlug(endless.slug).status);
        assertEquals(Petition.Status.OPEN, petitions.bySlug(later.slug).status);
        Signer.sign(later.slug, Signer.newEmail(), "MM");
    }

    private static void refusesSignatures(String slug) {
        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", slug)
                .then().statusCode(409).contentType("application/problem+json");
    }
}
