package org.chorus.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chorus.letter.messaging.Topics;
import org.eclipse.microprofile.config.ConfigProvider;

/** Produces records to the signatures and petitions topics as petition-service would: keyed by petition id, in order. */
public final class TopicWriter {

    private TopicWriter() {
    }

    /**
     * Same key, so the records land on one partition and are consumed in the order given.
     *
     * @return where Kafka wrote the last of them
     */
    public static RecordMetadata sendSignatureEvents(UUID petitionId, String... values) throws Exception {
        return send(Topics.SIGNATURES, petitionId, values);
    }

    /**
     * In one produce request under one key, so that the consumer reads them in this order and in one batch (a fetch
     * returns whole record batches).
     */
    public static void sendSignatureEventsTogether(UUID petitionId, String... values) throws Exception {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ProducerConfig.LINGER_MS_CONFIG, 1_000),
                new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (String value : values) {
                sent.add(producer.send(new ProducerRecord<>(Topics.SIGNATURES, petitionId.toString(), value)));
            }
            producer.flush();
            for (Future<RecordMetadata> each : sent) {
                each.get(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Petition events, keyed by petition id as petition-service keys them.
     *
     * @return where Kafka wrote the last of them
     */
    public static RecordMetadata sendPetitionEvents(UUID petitionId, String... values) throws Exception {
        return send(Topics.PETITIONS, petitionId, values);
    }

    /**
     * Records to any topic under one key, consumed in the order given.
     *
     * @return where Kafka wrote the last of them
     */
    public static RecordMetadata send(String topic, UUID key, String... values) throws Exception {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new StringSerializer())) {
            RecordMetadata last = null;
            for (String value : values) {
                last = producer.send(new ProducerRecord<>(topic, key.toString(), value)).get(10, TimeUnit.SECONDS);
            }
            return last;
        }
    }
}
