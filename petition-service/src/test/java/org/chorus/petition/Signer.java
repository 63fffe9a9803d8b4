package org.chorus.petition;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** A person signing through the public API, and reading their token as notification-service would. */
public final class Signer {

    private Signer() {
    }

    public static Map<String, Object> body(String email, String country) {
        return Map.of("name", "Aung San", "email", email, "country", country, "locale", "en",
                "consents", Map.of("processing", true, "updates", false, "partner", false, "nameInLetters", true));
    }

    public static String newEmail() {
        return "signer-" + UUID.randomUUID() + "@example.org";
    }

    public static void sign(String slug, String email, String country) {
        given().contentType(ContentType.JSON).body(body(email, country))
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

    private static String submittedField(String email, String field) {
        return TopicReader.await("signatures",
                e -> "signature.submitted".equals(e.path("type").asText()) && email.equals(e.path("data").path("email").asText()),
                Duration.ofSeconds(20)).value().transform(v -> TopicReader.parse(v).path("data").path(field).asText());
    }
}
