package org.chorus.petition;

import java.time.Instant;
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
import org.eclipse.microprofile.config.ConfigProvider;

/** Signature events written straight to Kafka, as a redelivery, a replay or another producer would. */
final class TestEvents {

    private TestEvents() {
    }

    static String confirmed(UUID eventId, Petition p, UUID signature, String country) {
        return confirmed(eventId, p, signature, country, null);
    }

    static String confirmed(UUID eventId, Petition p, UUID signature, String country, String partner) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"signature.confirmed","subject":"%s",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"signatureId":"%s","petitionId":"%s","petitionSlug":"%s","country":"%s","partner":%s,
                         "displayName":null,"confirmedAt":"%s"}}"""
                .formatted(eventId, p.id, Instant.now(), signature, p.id, p.slug, country,
                        partner == null ? "null" : '"' + partner + '"', Instant.now());
    }

    static String withdrawn(UUID eventId, Petition p, UUID signature) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"signature.withdrawn","subject":"%s",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"signatureId":"%s","petitionId":"%s","petitionSlug":"%s","withdrawnAt":"%s"}}"""
                .formatted(eventId, p.id, Instant.now(), signature, p.id, p.slug, Instant.now());
    }

    static String invalidated(UUID eventId, Petition p, UUID signature) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"signature.invalidated","subject":"%s",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"signatureId":"%s","petitionId":"%s","petitionSlug":"%s","invalidatedAt":"%s"}}"""
                .formatted(eventId, p.id, Instant.now(), signature, p.id, p.slug, Instant.now());
    }

    /**
     * In one produce request under one key, so that the consumer reads them in this order and in one batch (a
     * fetch returns whole record batches). Returns where Kafka wrote the last.
     */
    static RecordMetadata sendTogether(Petition p, String... values) throws Exception {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.LINGER_MS_CONFIG, 1_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (String value : values) {
                sent.add(producer.send(new ProducerRecord<>("signatures", p.id.toString(), value)));
            }
            producer.flush();
            RecordMetadata last = null;
            for (Future<RecordMetadata> each : sent) {
                last = each.get(10, TimeUnit.SECONDS);
            }
            return last;
        }
    }

    /** Under the petition's id as key, so that they are read in this order; returns where Kafka wrote the last. */
    static RecordMetadata send(Petition p, String... values) throws Exception {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), new StringSerializer(), new StringSerializer())) {
            RecordMetadata last = null;
            for (String value : values) {
                last = producer.send(new ProducerRecord<>("signatures", p.id.toString(), value))
                        .get(10, TimeUnit.SECONDS);
            }
            return last;
        }
    }
}
