package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.chorus.testing.kafka.TopicReader.jsonValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.chorus.testing.kafka.TopicReader;

import io.restassured.http.ContentType;

/** A person signing through the public API, and reading their token as notification-service would. */
public final class Signer {

    private Signer() {
    }

    public static Map<String, Object> body(String email, String country) {
        return body(email, country, false);
    }

    public static Map<String, Object> body(String email, String country, boolean updatesConsent) {
        return Map.of("name", "Aung San", "email", email, "country", country, "locale", "en", "consents",
                Map.of("processing", true, "updates", updatesConsent, "partner", false, "nameInLetters", true));
    }

    public static String newEmail() {
        return "signer-" + UUID.randomUUID() + "@example.org";
    }

    public static void sign(String slug, String email, String country) {
        sign(slug, email, country, false);
    }

    public static void sign(String slug, String email, String country, boolean updatesConsent) {
        given().contentType(ContentType.JSON).body(body(email, country, updatesConsent))
                .when().post("/api/petitions/{slug}/signatures", slug)
                .then().statusCode(202);
    }

    /** The confirmation token of this address's signature, from the signature.submitted event on Kafka. */
    public static String tokenFor(String email) {
        return submittedField(email, "confirmToken");
    }

    /** The withdraw token of this address's signature, as the link in each of its emails carries it. */
    public static String withdrawTokenFor(String email) {
        return submittedField(email, "withdrawToken");
    }

    /** The first signature.submitted event of this address, as a CloudEvent. */
    public static String submittedEvent(String email) {
        return TopicReader.await("signatures",
                jsonValue(e -> "signature.submitted".equals(e.path("type").asText())
                        && email.equals(e.path("data").path("email").asText())),
                Duration.ofSeconds(20)).value();
    }

    private static String submittedField(String email, String field) {
        return TopicReader.parse(submittedEvent(email)).path("data").path(field).asText();
    }
}
