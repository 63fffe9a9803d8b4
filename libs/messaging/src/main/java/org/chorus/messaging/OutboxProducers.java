package org.chorus.messaging;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The outbox relay's producer: idempotent and acknowledged by all replicas, with short blocking limits so that a
 * Kafka outage makes a relay pass fail fast and leave the outbox for the next pass, instead of hanging.
 */
public final class OutboxProducers {

    private static final int KAFKA_DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    private OutboxProducers() {
    }

    public static Producer<String, String> create(String bootstrapServers, String clientId) {
        return create(bootstrapServers, clientId, KAFKA_DEFAULT_MAX_REQUEST_BYTES);
    }

    /**
     * For events larger than Kafka's default megabyte (letters with their PDF): the topic's {@code
     * max.message.bytes} must allow as much.
     */
    public static Producer<String, String> create(String bootstrapServers, String clientId, int maxRecordBytes) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes,
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000),
                new StringSerializer(), new StringSerializer());
    }
}
