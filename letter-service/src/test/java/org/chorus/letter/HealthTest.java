package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;

import org.chorus.testing.kafka.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest {

    @Test
    void readinessIsUpAndCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void readinessIsDownWhileKafkaIsDownAndUpWhenItIsBack() {
        KafkaBrokerResource.broker().stopBroker();
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/q/health/ready")
                    .then().statusCode(503).body("status", equalTo("DOWN")));
        } finally {
            KafkaBrokerResource.broker().startBroker();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
