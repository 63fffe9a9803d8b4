package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumers come back by themselves: a consumer thrown out of its group (as after a long GC pause or a paused
 * process) rejoins and reads on, and a handler waiting for the database cannot make SmallRye close its consumer.
 */
@QuarkusTest
class ConsumerRecoveryTest {

    @Test
    void consumersThrownOutOfTheirGroupRejoinAndReadOn() throws Exception {
        String before = SignatureEvents.newEmail();
        SignatureEvents.produce(SignatureEvents.submitted(before, "Aung San", "en"));
        Mailbox.awaitExactlyOne(before);

        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            // KIP-571: without named members, every member of the group is removed
            admin.removeMembersFromConsumerGroup("notification-service", new RemoveMembersFromConsumerGroupOptions())
                    .all().get(30, TimeUnit.SECONDS);
        }

        String after = SignatureEvents.newEmail();
        SignatureEvents.produce(SignatureEvents.submitted(after, "Aung San", "en"));
        Mailbox.awaitExactlyOne(after);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }

    @Test
    void noRecordAgeClosesAConsumer() {
        // SmallRye's throttled commit closes a consumer for good when a record waits longer than this (default 60 s);
        // our handlers wait for a database outage to end, however long it lasts
        assertEquals(0L, ConfigProvider.getConfig().getValue(
                "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms", Long.class));
    }
}
