package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chorus.petition.messaging.Topics;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A signer who withdraws after a batch went out with their name is told which letters already carry it (issue 22,
 * hole 7): petition-service keeps letter-service's batch.names-sent for confirmed signatures, hands it over in the
 * withdrawal's answer and page, and forgets it.
 */
@QuarkusTest
class WithdrawalAfterDispatchTest {

    @Inject
    TestPetitions petitions;

    @Test
    void theWithdrawalAnswerListsTheLettersAlreadySentWithTheName() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        String pendingEmail = Signer.newEmail();
        String email = Signer.newEmail();
        Signer.sign(p.slug, pendingEmail, "FR");
        Signer.sign(p.slug, email, "FR");
        confirm(Signer.tokenFor(email));
        UUID pending = signatureOf(p, Signature.Status.PENDING);
        UUID signature = signatureOf(p, Signature.Status.CONFIRMED);
        UUID batch = UUID.randomUUID();
        Instant dispatchedAt = Instant.parse("2026-11-30T09:00:00Z");

        // A signature not confirmed is not kept; the records come in this order, so the first is read by then.
        send(p, namesSent(UUID.randomUUID(), p, pending, List.of("GB"), Instant.now()),
                namesSent(batch, p, signature, List.of("GB", "IE"), dispatchedAt));
        await().atMost(Duration.ofSeconds(20)).until(() -> petitions.sentNames(signature) == 1);
        assertEquals(0, petitions.sentNames(pending));

        withdraw(Signer.withdrawTokenFor(email)).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("alreadySent", hasSize(1))
                .body("alreadySent[0].batchId", equalTo(batch.toString()))
                .body("alreadySent[0].dispatchedAt", equalTo("2026-11-30T09:00:00Z"))
                .body("alreadySent[0].targets", equalTo(List.of("GB", "IE")));
        assertEquals(0, petitions.sentNames(signature), "handed over, then forgotten");
        withdraw(Signer.withdrawTokenFor(email)).then().statusCode(200).body("alreadySent", hasSize(0));
    }

    @Test
    void theWithdrawalPageTellsTheSignerToo() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "DE");
        confirm(Signer.tokenFor(email));
        UUID signature = signatureOf(p, Signature.Status.CONFIRMED);
        send(p, namesSent(UUID.randomUUID(), p, signature, List.of("FR", "GB"), Instant.parse("2026-12-01T10:00:00Z")));
        await().atMost(Duration.ofSeconds(20)).until(() -> petitions.sentNames(signature) == 1);

        given().contentType(ContentType.URLENC).formParam("token", Signer.withdrawTokenFor(email))
                .formParam("lang", "en").when().post("/withdraw").then().statusCode(200)
                .body(containsString("cannot be recalled"))
                .body(containsString("2026-12-01</time>: France, United Kingdom"));
    }

    @Test
    void aWithdrawalWithNothingSentSaysSo() {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        Signer.sign(p.slug, email, "DE");
        confirm(Signer.tokenFor(email));
        withdraw(Signer.withdrawTokenFor(email)).then().statusCode(200).body("alreadySent", hasSize(0));
    }

    private UUID signatureOf(Petition p, Signature.Status status) {
        return petitions.signatureId(p.id, status);
    }

    private static String namesSent(UUID batch, Petition p, UUID signature, List<String> targets, Instant at) {
        return """
                {"specversion":"1.0","id":"%s","source":"/letter-service","type":"batch.names-sent","subject":"%s",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"batchId":"%s","petitionId":"%s","petitionSlug":"%s","dispatchedAt":"%s",
                         "named":[{"signatureId":"%s","targets":[%s]}]}}"""
                .formatted(UUID.randomUUID(), batch, at, batch, p.id, p.slug, at, signature,
                        String.join(",", targets.stream().map(t -> '"' + t + '"').toList()));
    }

    /** Under the petition's key, in this order, as letter-service's outbox relay writes them. */
    private static void send(Petition p, String... values) throws Exception {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(Topics.NAMES_SENT, p.id.toString(), value)).get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void confirm(String token) {
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/confirm").then().statusCode(200);
    }

    private static io.restassured.response.Response withdraw(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/signatures/withdraw");
    }
}
