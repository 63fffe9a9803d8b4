package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SigningTest {

    @Inject
    TestPetitions petitions;

    @Inject
    EntityManager em;

    @Test
    void signingStoresPendingAndPublishesSubmittedCloudEvent() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();

        given().contentType(ContentType.JSON).body(Signer.body(email, "MM"))
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(202).body("status", equalTo("PENDING"));

        ConsumerRecord<String, String> record = TopicReader.await("signatures",
                jsonValue(e -> email.equals(e.path("data").path("email").asText())), Duration.ofSeconds(20));
        JsonNode event = TopicReader.parse(record.value());
        assertEquals(p.id.toString(), record.key(), "keyed by petition so one petition's events stay in order");
        assertEquals("application/cloudevents+json; charset=UTF-8",
                new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals("signature.submitted", event.path("type").asText());
        assertEquals(p.id.toString(), event.path("subject").asText());
        assertFalse(event.path("data").path("confirmToken").asText().isBlank());
        EventSchemas.assertConforms(record.value(), "signature.submitted");
        assertEquals(1, petitions.signatures(p.id));
    }

    @Test
    void submittedEventCarriesWhetherTheSignerConsentedToUpdates() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String wantsUpdates = Signer.newEmail();
        String wantsNone = Signer.newEmail();
        Signer.sign(p.slug, wantsUpdates, "MM", true);
        Signer.sign(p.slug, wantsNone, "MM", false);

        String withConsent = Signer.submittedEvent(wantsUpdates);
        String withoutConsent = Signer.submittedEvent(wantsNone);
        assertEquals(BooleanNode.TRUE, TopicReader.parse(withConsent).path("data").path("updatesConsent"));
        assertEquals(BooleanNode.FALSE, TopicReader.parse(withoutConsent).path("data").path("updatesConsent"));
        EventSchemas.assertConforms(withConsent, "signature.submitted");
        EventSchemas.assertConforms(withoutConsent, "signature.submitted");
    }

    @Test
    void emailAddressIsNeverStoredInPlainText() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "FR");

        String everything = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT string_agg(s::text, ' ') FROM signature s WHERE petition_id = :p")
                .setParameter("p", p.id).getSingleResult());
        assertFalse(everything.contains(email), "the signature row must not contain the address");
        assertFalse(everything.contains("Aung San"), "nor the name");
    }

    @Test
    void signingTwiceCountsOnceAndAnswersTheSame() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "MM");
        Signer.sign(p.slug, "  " + email.toUpperCase() + " ", "MM");
        assertEquals(1, petitions.signatures(p.id));
    }

    @Test
    void processingConsentIsRequired() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Map<String, Object> body = new HashMap<>(Signer.body(Signer.newEmail(), "MM"));
        body.put("consents", Map.of("processing", false));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("consents.processing"));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void invalidFieldsAreListed() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "email", "not-an-address", "country", "XX", "consents", Map.of("processing", true)))
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @Test
    void jsonOfTheWrongShapeIsAProblemToo() {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (String body : new String[] { "[]", "{\"name\": [\"Aung\"]}", "{\"consents\": {\"processing\": \"maybe\"}}" }) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/petitions/{slug}/signatures", p.slug)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/malformed-body"));
        }
    }

    @Test
    void unknownPetitionIs404() {
        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", "no-such-petition")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().when().get("/api/petitions/{slug}", "no-such-petition")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDraftIsNotPublic() {
        Petition draft = petitions.create(Petition.Status.DRAFT);
        given().when().get("/api/petitions/{slug}", draft.slug).then().statusCode(404);
        given().when().get("/api/petitions/{slug}/tally", draft.slug).then().statusCode(404);
        given().when().get("/p/{slug}", draft.slug).then().statusCode(404);
    }

    @Test
    void petitionNotOpenIs409() {
        Petition p = petitions.create(Petition.Status.CLOSED);
        given().contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void publicPetitionViewHasTheContractFields() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().when().get("/api/petitions/{slug}", p.slug)
                .then().statusCode(200)
                .body("slug", equalTo(p.slug))
                .body("status", equalTo("OPEN"))
                .body("demands.size()", equalTo(2))
                .body("signatureCount", equalTo(0))
                .body("locales", hasItem("my"));
    }
}
