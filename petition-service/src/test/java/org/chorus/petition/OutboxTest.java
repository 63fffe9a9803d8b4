package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.chorus.testing.kafka.KafkaBrokerResource;
import org.chorus.testing.kafka.RunningBroker;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxTest {

    @Inject
    TestPetitions petitions;

    @Test
    void signingWhileKafkaIsDownIsAcceptedAndTheEventGoesOutWhenKafkaIsBack() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        RunningBroker kafka = KafkaBrokerResource.broker();
        kafka.stopBroker();
        try {
            long started = System.nanoTime();
            Signer.sign(p.slug, email, "MM");
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5,
                    "signing must not wait for Kafka");
            assertEquals(1, petitions.signatures(p.id), "the signature is stored");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(11))
                    .until(() -> petitions.outboxSize() >= 1);
            assertFalse(petitions.outboxText().contains(email), "the waiting event is stored encrypted");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/ready")
                    .then().statusCode(503));
        } finally {
            kafka.startBroker();
        }
        Signer.tokenFor(email);
        await().atMost(Duration.ofSeconds(30)).until(() -> petitions.outboxSize() == 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200));
    }
}
