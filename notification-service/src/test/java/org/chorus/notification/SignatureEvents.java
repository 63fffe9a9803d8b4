package org.chorus.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Signature events as petition-service publishes them: the committed samples (checked against the producer's
 * schemas in SampleContractTest) with fresh ids and a fresh signer, produced to the real broker.
 */
public final class SignatureEvents {

    public static final Path SUBMITTED_SAMPLE = Path.of("src/test/resources/samples/signature.submitted.json");
    public static final Path CONFIRMED_SAMPLE = Path.of("src/test/resources/samples/signature.confirmed.json");
    public static final Path WITHDRAWN_SAMPLE = Path.of("src/test/resources/samples/signature.withdrawn.json");
    public static final Path INVALIDATED_SAMPLE = Path.of("src/test/resources/samples/signature.invalidated.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignatureEvents() {
    }

    public static String newEmail() {
        return "signer-" + UUID.randomUUID() + "@example.org";
    }

    /** The sample signature.submitted with a new event id, a new signature and this signer. */
    public static ObjectNode submitted(String email, String name, String locale) {
        ObjectNode event = sample(SUBMITTED_SAMPLE);
        event.put("id", UUID.randomUUID().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("signatureId", UUID.randomUUID().toString());
        data.put("email", email);
        data.put("name", name);
        data.put("locale", locale);
        return event;
    }

    /** A new signature on this petition, by a signer who did or did not ask for updates. */
    public static ObjectNode submitted(UUID petitionId, String email, boolean updates) {
        ObjectNode event = submitted(email, "Aung San", "en");
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("petitionId", petitionId.toString());
        data.put("updatesConsent", updates);
        return event;
    }

    public static ObjectNode confirmed() {
        ObjectNode event = sample(CONFIRMED_SAMPLE);
        event.put("id", UUID.randomUUID().toString());
        return event;
    }

    /** The sample signature.confirmed, with a new event id, of the signature that {@code submitted} is about. */
    public static ObjectNode confirmedFor(ObjectNode submitted) {
        return about(submitted, confirmed());
    }

    /** The sample signature.withdrawn, with a new event id, of the signature that {@code submitted} is about. */
    public static ObjectNode withdrawnFor(ObjectNode submitted) {
        ObjectNode event = sample(WITHDRAWN_SAMPLE);
        event.put("id", UUID.randomUUID().toString());
        return about(submitted, event);
    }

    /** The sample signature.invalidated, with a new event id, of the signature that {@code submitted} is about. */
    public static ObjectNode invalidatedFor(ObjectNode submitted) {
        ObjectNode event = sample(INVALIDATED_SAMPLE);
        event.put("id", UUID.randomUUID().toString());
        return about(submitted, event);
    }

    /** The same signature submitted again under a new event id, as a resent confirmation or a replay would be. */
    public static ObjectNode resubmitted(ObjectNode submitted) {
        ObjectNode event = submitted.deepCopy();
        event.put("id", UUID.randomUUID().toString());
        return event;
    }

    private static ObjectNode about(ObjectNode submitted, ObjectNode event) {
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("signatureId", signatureId(submitted).toString());
        data.put("petitionId", submitted.get("data").get("petitionId").asText());
        return event;
    }

    public static UUID signatureId(ObjectNode event) {
        return UUID.fromString(event.get("data").get("signatureId").asText());
    }

    public static ObjectNode sample(Path path) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UUID id(ObjectNode event) {
        return UUID.fromString(event.get("id").asText());
    }

    public static String withdrawToken(ObjectNode event) {
        return event.get("data").get("withdrawToken").asText();
    }

    public static String token(ObjectNode event) {
        return event.get("data").get("confirmToken").asText();
    }

    /**
     * Sends each value to the signatures topic under one key, so that they are read in this order.
     *
     * @return where Kafka wrote the last of them
     */
    public static RecordMetadata produce(Object... values) {
        return produceTo("signatures", values);
    }

    /**
     * Sends the values to the signatures topic in one produce request under one key, so that they are read in this
     * order and in one batch (a fetch returns whole record batches).
     *
     * @return where Kafka wrote the last of them
     */
    public static RecordMetadata produceTogether(Object... values) {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String key = UUID.randomUUID().toString();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.LINGER_MS_CONFIG, 1_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Object value : values) {
                sent.add(producer.send(new ProducerRecord<>("signatures", key, value.toString())));
            }
            producer.flush();
            RecordMetadata last = null;
            for (Future<RecordMetadata> each : sent) {
                last = each.get(10, TimeUnit.SECONDS);
            }
            return last;
        } catch (Exception e) {
            throw new IllegalStateException("could not produce to the signatures topic", e);
        }
    }

    /**
     * Sends each value to {@code topic} under one key, so that they are read in this order.
     *
     * @return where Kafka wrote the last of them
     */
    public static RecordMetadata produceTo(String topic, Object... values) {
        return produceTo(topic, null, values);
    }

    /**
     * Sends each value to the partition of {@code earlier}, so that they are read in this order after it.
     *
     * @return where Kafka wrote the last of them
     */
    public static RecordMetadata produceAfter(RecordMetadata earlier, Object... values) {
        return produceTo(earlier.topic(), earlier.partition(), values);
    }

    private static RecordMetadata produceTo(String topic, Integer partition, Object... values) {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), new StringSerializer(), new StringSerializer())) {
            RecordMetadata last = null;
            for (Object value : values) {
                last = producer.send(new ProducerRecord<>(topic, partition, key, value.toString()))
                        .get(10, TimeUnit.SECONDS);
            }
            return last;
        } catch (Exception e) {
            throw new IllegalStateException("could not produce to the " + topic + " topic", e);
        }
    }
}
