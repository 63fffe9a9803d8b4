package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.petition.messaging.Topics;
import org.chorus.testing.kafka.TopicReader;
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
    void thePublishedEventQuotesTheDemandsInEachTranslatedLocale() {
        Map<String, Object> draft = Staff.draft();
        draft.put("locales", List.of("en", "my", "fr", "th"));
        @SuppressWarnings("unchecked")
        Map<String, Object> translations = (Map<String, Object>) draft.get("translations");
        translations.put("fr", Map.of("demands", Map.of("icc-referral", "Saisir la CPI de la situation au Myanmar")));
        String slug = Staff.createAndPublish(draft);

        ConsumerRecord<String, String> record = event("petition.published", slug);
        EventSchemas.assertConforms(record.value(), "petition.published");
        JsonNode data = TopicReader.parse(record.value()).path("data");
        assertEquals("en", data.path("defaultLocale").asText());
        assertEquals(List.of("fuel: Halt aviation-fuel supply", "icc-referral: Refer Myanmar to the ICC"),
                demands(data.path("demands")));
        assertEquals(List.of("my", "fr"), fieldNames(data.path("translations")),
                "each translated locale but the default, in the petition's order; th has no translation");

        JsonNode my = data.path("translations").path("my");
        assertEquals("လေယာဉ်လောင်စာ ရပ်တန့်ပါ", my.path("title").asText());
        assertEquals(List.of("fuel: လေယာဉ်လောင်စာ ပေးပို့မှု ရပ်တန့်ပါ", "icc-referral: Refer Myanmar to the ICC"),
                demands(my.path("demands")), "a demand the translation leaves out is quoted in the default locale");

        JsonNode fr = data.path("translations").path("fr");
        assertEquals("Stop the jet fuel", fr.path("title").asText(), "no translated title: the default one");
        assertEquals(List.of("fuel: Halt aviation-fuel supply", "icc-referral: Saisir la CPI de la situation au Myanmar"),
                demands(fr.path("demands")));
        assertFalse(fr.has("summary") || fr.has("body"), "letters quote only the title and the demands");
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

    private static List<String> demands(JsonNode demands) {
        List<String> quoted = new ArrayList<>();
        demands.forEach(d -> quoted.add(d.path("id").asText() + ": " + d.path("text").asText()));
        return quoted;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ConsumerRecord<String, String> event(String type, String slug) {
        return TopicReader.await(Topics.PETITIONS, jsonValue(e -> type.equals(e.path("type").asText())
                && slug.equals(e.path("data").path("petitionSlug").asText())), Duration.ofSeconds(20));
    }
}
