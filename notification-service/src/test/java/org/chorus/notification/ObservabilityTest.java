package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ObservabilityTest {

    @Test
    void readinessIsUpAndCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Messaging")));
    }

    @Test
    void metricsCountSentEmailsAndShowTheQueue() {
        String address = SignatureEvents.newEmail();
        SignatureEvents.produce(SignatureEvents.submitted(address, "Aung San", "en"));
        Mailbox.awaitExactlyOne(address);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(matchesRegex("(?s).*chorus_notification_emails_sent_total\\{[^}]*kind=\"CONFIRMATION\"[^}]*} [1-9].*"))
                .body(containsString("chorus_notification_emails_queued"));
    }

    @Test
    void unknownPathAnswersProblemJson() {
        given().when().get("/api/notifications/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("/problems/http-404"));
    }
}
