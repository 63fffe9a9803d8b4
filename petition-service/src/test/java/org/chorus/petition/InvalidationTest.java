package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.petition.Tallies.awaitTotal;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class InvalidationTest {

    @Inject
    TestPetitions petitions;

    @Test
    void invalidatingByEmailDomainTakesOnlyThatDomainOutOfTheTally() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String flood = UUID.randomUUID() + ".example";
        signAndConfirm(p, "a@" + flood, "198.51.100.1");
        signAndConfirm(p, "b@" + flood.toUpperCase(), "198.51.100.2");
        signAndConfirm(p, Signer.newEmail(), "198.51.100.3");
        awaitTotal(p, 3);

        invalidate(p, Map.of("emailDomain", flood)).then().statusCode(200).body("invalidated", equalTo(2));

        awaitTotal(p, 1);
        invalidate(p, Map.of("emailDomain", flood)).then().statusCode(200).body("invalidated", equalTo(0));
        var event = TopicReader.await("signatures",
                jsonValue(e -> "signature.invalidated".equals(e.path("type").asText())
                        && p.slug.equals(e.path("data").path("petitionSlug").asText())), Duration.ofSeconds(20));
        EventSchemas.assertConforms(event.value(), "signature.invalidated");
    }

    @Test
    void invalidatingByClientNetworkMatchesTheWholeTruncatedNetwork() {
        Petition p = petitions.create(Petition.Status.OPEN);
        signAndConfirm(p, Signer.newEmail(), "203.0.113.10");
        signAndConfirm(p, Signer.newEmail(), "203.0.113.200");
        signAndConfirm(p, Signer.newEmail(), "192.0.2.10");
        awaitTotal(p, 3);

        invalidate(p, Map.of("clientNetwork", "203.0.113.99")).then().statusCode(200).body("invalidated", equalTo(2));
        awaitTotal(p, 1);
        invalidate(p, Map.of("clientNetwork", "192.0.2.0/24")).then().statusCode(200).body("invalidated", equalTo(1));
        awaitTotal(p, 0);
    }

    @Test
    void invalidatingByTimeWindowLeavesSignaturesOutsideIt() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        signAndConfirm(p, Signer.newEmail(), "192.0.2.20");
        Thread.sleep(50);
        Instant from = Instant.now();
        signAndConfirm(p, Signer.newEmail(), "192.0.2.21");
        signAndConfirm(p, Signer.newEmail(), "192.0.2.22");
        Instant until = Instant.now();
        awaitTotal(p, 3);

        invalidate(p, Map.of("signedFrom", from.toString(), "signedUntil", until.toString()))
                .then().statusCode(200).body("invalidated", equalTo(2));
        awaitTotal(p, 1);
    }

    @Test
    void anInvalidationWithoutCriteriaOrOfAnUnknownPetitionIsRefused() {
        Petition p = petitions.create(Petition.Status.OPEN);
        signAndConfirm(p, Signer.newEmail(), "192.0.2.30");
        invalidate(p, Map.of()).then().statusCode(400).contentType("application/problem+json");
        invalidate(p, Map.of("emailDomain", "not a domain")).then().statusCode(400);
        invalidate(p, Map.of("signedFrom", "2026-01-02T00:00:00Z", "signedUntil", "2026-01-01T00:00:00Z"))
                .then().statusCode(400);
        Staff.campaigner().contentType(ContentType.JSON).body(Map.of("emailDomain", "example.org"))
                .when().post("/api/petitions/no-such-petition/signatures/invalidate").then().statusCode(404);
        assertEquals(Signature.Status.CONFIRMED, petitions.onlySignature(p.id).status);
    }

    @Test
    void onlyCampaignersMayInvalidate() {
        Petition p = petitions.create(Petition.Status.OPEN);
        given().contentType(ContentType.JSON).body(Map.of("emailDomain", "example.org"))
                .when().post("/api/petitions/{slug}/signatures/invalidate", p.slug).then().statusCode(401);
    }

    private static void signAndConfirm(Petition p, String email, String client) {
        given().contentType(ContentType.JSON).header("X-Forwarded-For", client).body(Signer.body(email, "MM"))
                .when().post("/api/petitions/{slug}/signatures", p.slug).then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("token", Signer.tokenFor(email.strip())))
                .when().post("/api/signatures/confirm").then().statusCode(200);
    }

    private static io.restassured.response.Response invalidate(Petition p, Map<String, ?> criteria) {
        return Staff.campaigner().contentType(ContentType.JSON).body(criteria)
                .when().post("/api/petitions/{slug}/signatures/invalidate", p.slug);
    }
}
