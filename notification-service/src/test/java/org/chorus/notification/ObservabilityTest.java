package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ObservabilityTest {

    @Inject
    TestEmails emails;

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
    void metricsShowHowLongTheOldestQueuedEmailHasWaited() {
        UUID eventId = emails.queueNotDueUntilTomorrow(SignatureEvents.newEmail(), Instant.now().minus(Duration.ofHours(2)));
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/q/metrics")
                    .then().statusCode(200)
                    .body(matchesRegex("(?s).*chorus_notification_emails_oldest_queued_age_seconds(\\{[^}]*})? 7[2-9]\\d\\d\\.?.*")));
        } finally {
            emails.delete(eventId);
        }
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
