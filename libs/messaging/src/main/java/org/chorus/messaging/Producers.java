package org.chorus.messaging;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The kit's Kafka producers (the outbox relay's and the dead letters'): built on the service's one Kafka client
 * configuration, the {@code kafka.*} properties that SmallRye applies to every channel too, so that TLS and SASL
 * settings reach producers and consumers alike. On top: idempotent and acknowledged by all replicas, with short
 * blocking limits so that a Kafka outage makes a relay pass fail fast and leave the outbox for the next pass,
 * instead of hanging.
 */
final class Producers {

    static final int KAFKA_DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    private Producers() {
    }

    /** @param kafka the {@code kafka.*} properties without their prefix (Quarkus' "default-kafka-broker") */
    static Map<String, Object> config(Map<String, Object> kafka, String clientId, int maxRecordBytes) {
        Map<String, Object> config = new HashMap<>(kafka);
        // a consumer's setting (Quarkus adds the application's name): a producer would only warn about it
        config.remove("group.id");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
        return config;
    }

    static Producer<String, String> create(Map<String, Object> config) {
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
