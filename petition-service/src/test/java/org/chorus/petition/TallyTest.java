package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TallyTest {

    @Inject
    TestPetitions petitions;

    @Test
    void redeliveredAndDuplicatedEventsCountOnce() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        UUID signature = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String confirmed = confirmedEvent(eventId, p, signature, "TH");
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, p, confirmed);
            send(producer, p, confirmed);
            send(producer, p, confirmedEvent(UUID.randomUUID(), p, signature, "TH"));
            send(producer, p, confirmedEvent(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug)
                .then().body("total", equalTo(2)).body("byCountry.TH", equalTo(1)).body("byCountry.MM", equalTo(1)));
        Thread.sleep(500);
        given().when().get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(2));
    }

    @Test
    void unreadableEventGoesToTheDeadLetterTopicAndThePartitionKeepsMoving() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, p, "{\"this is\": \"not a cloud event\"");
            send(producer, p, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                    + "\",\"type\":\"signature.exploded\",\"source\":\"/x\",\"data\":{}}");
            send(producer, p, confirmedEvent(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(1)));
        TopicReader.await("signatures.dlq", e -> "signature.exploded".equals(e.path("type").asText()),
                Duration.ofSeconds(10));
    }

    private static String confirmedEvent(UUID eventId, Petition p, UUID signature, String country) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"signature.confirmed","subject":"%s",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"signatureId":"%s","petitionId":"%s","petitionSlug":"%s","country":"%s","partner":null,
                         "displayName":null,"confirmedAt":"%s"}}"""
                .formatted(eventId, p.id, Instant.now(), signature, p.id, p.slug, country, Instant.now());
    }

    private static void send(KafkaProducer<String, String> producer, Petition p, String value) throws Exception {
        producer.send(new ProducerRecord<>("signatures", p.id.toString(), value)).get(10, TimeUnit.SECONDS);
    }

    private static KafkaProducer<String, String> producer() {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new StringSerializer());
    }
}
