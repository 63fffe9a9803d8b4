package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.petition.messaging.Topics;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A petition names the states it accuses (sensitive states): no signer's name goes into a letter to their
 * governments. Staff set them like any other field of a draft, and letter-service learns them from
 * petition.published.
 */
@QuarkusTest
class SensitiveStatesTest {

    @Test
    void sensitiveStatesRoundTripAndAppearInThePublishedEvent() {
        Map<String, Object> draft = Staff.draft();
        draft.put("sensitiveStates", List.of("MM"));
        String slug = Staff.create(draft);
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", slug)
                .then().statusCode(200).body("sensitiveStates", equalTo(List.of("MM")));

        draft.put("sensitiveStates", List.of("MM", "TH"));
        draft.put("version", 0);
        Staff.campaigner().contentType(ContentType.JSON).body(draft).when().put("/api/petitions/{slug}", slug)
                .then().statusCode(200).body("sensitiveStates", equalTo(List.of("MM", "TH")));
        Staff.campaigner().when().post("/api/petitions/{slug}/publish", slug).then().statusCode(200);

        given().when().get("/api/petitions/{slug}", slug).then().statusCode(200)
                .body("sensitiveStates", equalTo(List.of("MM", "TH")));

        ConsumerRecord<String, String> record = published(slug);
        EventSchemas.assertConforms(record.value(), "petition.published");
        assertEquals(List.of("MM", "TH"), codes(TopicReader.parse(record.value()).path("data").path("sensitiveStates")));
    }

    @Test
    void aPetitionThatNamesNoSensitiveStateHasAnEmptyList() {
        String slug = Staff.createAndPublish(Staff.draft());
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", slug)
                .then().statusCode(200).body("sensitiveStates", equalTo(List.of()));
        ConsumerRecord<String, String> record = published(slug);
        EventSchemas.assertConforms(record.value(), "petition.published");
        assertEquals(List.of(), codes(TopicReader.parse(record.value()).path("data").path("sensitiveStates")));
    }

    @Test
    void aPublishedPetitionCanNameMoreSensitiveStatesAndAnnouncesThem() {
        String slug = Staff.createAndPublish(Staff.draft());
        Staff.campaigner().contentType(ContentType.JSON).body(Map.of("add", List.of("MM")))
                .when().post("/api/petitions/{slug}/sensitive-states", slug)
                .then().statusCode(200).body("status", equalTo("OPEN")).body("sensitiveStates", equalTo(List.of("MM")));
        ConsumerRecord<String, String> announced = TopicReader.await(Topics.PETITIONS, jsonValue(e ->
                "petition.published".equals(e.path("type").asText())
                        && slug.equals(e.path("data").path("petitionSlug").asText())
                        && e.path("data").path("sensitiveStates").size() == 1), Duration.ofSeconds(20));
        EventSchemas.assertConforms(announced.value(), "petition.published");

        Staff.campaigner().contentType(ContentType.JSON).body(Map.of("add", List.of("TH", "MM")))
                .when().post("/api/petitions/{slug}/sensitive-states", slug)
                .then().statusCode(200).body("sensitiveStates", equalTo(List.of("MM", "TH")));
        Staff.campaigner().when().post("/api/petitions/{slug}/close", slug).then().statusCode(200);
        Staff.campaigner().contentType(ContentType.JSON).body(Map.of("add", List.of("CN")))
                .when().post("/api/petitions/{slug}/sensitive-states", slug)
                .then().statusCode(200).body("sensitiveStates", equalTo(List.of("MM", "TH", "CN")));
    }

    @Test
    void addingSensitiveStatesTakesOnlyCountryCodes() {
        String slug = Staff.createAndPublish(Staff.draft());
        for (Object body : List.of(Map.of("add", List.of()), Map.of("add", List.of("ZZ")), Map.of("add", "MM"),
                Map.of(), "[]")) {
            Staff.campaigner().contentType(ContentType.JSON).body(body)
                    .when().post("/api/petitions/{slug}/sensitive-states", slug)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", slug)
                .then().body("sensitiveStates", equalTo(List.of()));
        Staff.campaigner().contentType(ContentType.JSON).body(Map.of("add", List.of("MM")))
                .when().post("/api/petitions/{slug}/sensitive-states", "no-such-petition")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("add", List.of("MM")))
                .when().post("/api/petitions/{slug}/sensitive-states", slug).then().statusCode(401);
    }

    @Test
    void anInvalidSensitiveStateIs400ProblemJson() {
        for (String code : List.of("XX", "mm", "MMR", "Myanmar", "", "M\u0000")) {
            rejected(List.of("MM", code), "sensitiveStates[1]");
        }
        rejected(List.of("MM", "MM"), "sensitiveStates");
        rejected(Arrays.asList("MM", null), "sensitiveStates[1]");
        List<String> tooMany = new ArrayList<>(List.of("AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT",
                "AZ", "BS", "BH", "BD", "BB", "BY", "BE", "BZ", "BJ", "BT", "BO", "BA", "BW", "BR", "BN", "BG", "BF",
                "BI", "CV", "KH", "CM", "CA", "CF", "TD", "CL", "CN", "CO", "KM", "CG", "CR", "HR", "CU", "CY", "CZ",
                "CD", "DK", "DJ", "DM", "DO", "EC", "EG"));
        rejected(tooMany, "sensitiveStates");
        Map<String, Object> draft = Staff.draft();
        draft.put("sensitiveStates", "MM");
        post(draft).statusCode(400).contentType("application/problem+json");
    }

    private static void rejected(List<String> sensitiveStates, String field) {
        Map<String, Object> draft = Staff.draft();
        draft.put("sensitiveStates", sensitiveStates);
        post(draft).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem(field));
        Staff.campaigner().when().get("/api/petitions/{slug}/definition", draft.get("slug")).then().statusCode(404);
    }

    private static ValidatableResponse post(Map<String, Object> draft) {
        return Staff.campaigner().contentType(ContentType.JSON).body(draft).when().post("/api/petitions").then();
    }

    private static ConsumerRecord<String, String> published(String slug) {
        return TopicReader.await(Topics.PETITIONS, jsonValue(e -> "petition.published".equals(e.path("type").asText())
                && slug.equals(e.path("data").path("petitionSlug").asText())), Duration.ofSeconds(20));
    }

    private static List<String> codes(JsonNode array) {
        if (!array.isArray()) {
            throw new AssertionError("not a list of codes: " + array);
        }
        List<String> codes = new ArrayList<>();
        array.forEach(c -> codes.add(c.asText()));
        return codes;
    }
}
