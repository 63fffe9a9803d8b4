package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The kit's producers are built on the service's {@code kafka.*} configuration (Quarkus' "default-kafka-broker",
 * which SmallRye applies to every channel too), so that TLS and SASL reach producers and consumers alike.
 */
class KafkaClientConfigTest {

    /** As Quarkus hands it over: every kafka.* property without its prefix, and the application's name as group. */
    private static final Map<String, Object> KAFKA = Map.of(
            "bootstrap.servers", "broker-1:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "ssl.truststore.location", "/etc/kafka/truststore.p12",
            "group.id", "petition-service");

    @Test
    void theRelaysProducerTakesEveryKafkaPropertyAndItsOwnSettingsOnTop() {
        Map<String, Object> config = EventRelay.producerConfig(KAFKA, "letter-service", outbox(5_000_000));
        assertKafkaPropertiesIn(config);
        assertEquals("letter-service-outbox", config.get("client.id"));
        assertEquals(5_000_000, config.get("max.request.size"));
        assertEquals("all", config.get("acks"));
        assertEquals(true, config.get("enable.idempotence"));
    }

    @Test
    void theDeadLetterProducerTakesEveryKafkaPropertyToo() {
        Map<String, Object> config = DeadLetterProducer.producerConfig(KAFKA, "petition-service-tally");
        assertKafkaPropertiesIn(config);
        assertEquals("petition-service-tally-dead-letters", config.get("client.id"));
    }

    private static void assertKafkaPropertiesIn(Map<String, Object> config) {
        assertEquals("broker-1:9093", config.get("bootstrap.servers"));
        assertEquals("SASL_SSL", config.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", config.get("sasl.mechanism"));
        assertEquals("/etc/kafka/truststore.p12", config.get("ssl.truststore.location"));
        assertFalse(config.containsKey("group.id"), "a consumer's setting");
    }

    private static MessagingConfig.Outbox outbox(int maxRecordBytes) {
        return new MessagingConfig.Outbox() {
            @Override
            public int batchSize() {
                return 20;
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Duration pollEvery() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int maxRecordBytes() {
                return maxRecordBytes;
            }
        };
    }
}
