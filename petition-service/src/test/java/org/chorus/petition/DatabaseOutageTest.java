package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.problem.DatabaseOutage;
import org.chorus.testing.kafka.ConsumerGroup;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class DatabaseOutageTest {

    @Inject
    TestPetitions petitions;

    @Inject
    DataSource dataSource;

    @Test
    void confirmationsArrivingWhileTheDatabaseIsAwayAreCountedWhenItIsBack() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        long retriesBefore = TallyConsumer.retries();
        try {
            TestDatabase.refuseConnections();
            TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
            // the consumer met the outage and waits for the database
            await().atMost(TallyConsumer.WAIT).until(() -> TallyConsumer.retries() > retriesBefore);
        } finally {
            TestDatabase.allowConnections();
        }
        await().atMost(TallyConsumer.WAIT).untilAsserted(() -> tally(p).body("total", equalTo(1)));
    }

    @Test
    void anUnreadableEventInABatchHeldByAnOutageAndDeliveredAgainIsDeadLetteredOnce() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        String unknown = UUID.randomUUID().toString();
        // the consumer reads and its group is settled: the outage below meets the batch, not a consumer starting up
        TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
        await().atMost(TallyConsumer.WAIT).untilAsserted(() -> tally(p).body("total", equalTo(1)));
        TallyConsumer.awaitSettled();
        long retriesBefore = TallyConsumer.retries();
        try {
            TestDatabase.refuseConnections();
            // the unknown event needs no database; the confirmation after it fails its batch until the database is back
            TestEvents.sendTogether(p, "{\"specversion\":\"1.0\",\"id\":\"" + unknown
                    + "\",\"type\":\"signature.exploded\",\"source\":\"/x\",\"data\":{}}",
                    TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
            // the batch met the outage and waits for the database; while it waits, a member joins the group and
            // leaves, and Kafka delivers the batch again (it was not acknowledged, so not committed)
            await().atMost(TallyConsumer.WAIT).until(() -> TallyConsumer.retries() > retriesBefore);
            ConsumerGroup.rebalance(TallyConsumer.GROUP, TallyConsumer.WAIT);
            TallyConsumer.awaitSettled();
        } finally {
            TestDatabase.allowConnections();
        }
        await().atMost(TallyConsumer.WAIT).untilAsserted(() -> tally(p).body("total", equalTo(2)));
        // an event after the batch on its partition: once the group has committed past it, every delivery of the
        // batch is done, and so are its dead letters
        RecordMetadata after = TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "TH"));
        TallyConsumer.awaitDoneWith(after);
        tally(p).body("total", equalTo(3));
        assertEquals(1, TopicReader.count("signatures.dlq", jsonValue(e -> unknown.equals(e.path("id").asText()))),
                "the unknown event's dead letters");
    }

    @Test
    void aConfirmationThatFindsEveryConnectionOfThePoolInUseIsCountedOnceOneIsFreeNotDeadLettered() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        UUID event = UUID.randomUUID();
        List<Connection> held = new ArrayList<>();
        long retriesBefore = TallyConsumer.retries();
        RecordMetadata sent;
        try {
            while (true) {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException poolTimeout) {
                    // the pool's own failure, as the tally consumer meets it next
                    assertTrue(DatabaseOutage.isCauseOf(poolTimeout), "not taken for an outage: " + poolTimeout);
                    break;
                }
            }
            sent = TestEvents.send(p, TestEvents.confirmed(event, p, UUID.randomUUID(), "MM"));
            // the consumer has waited the pool's acquisition timeout (5 s) out and retries its batch
            await().atMost(TallyConsumer.WAIT).until(() -> TallyConsumer.retries() > retriesBefore);
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        await().atMost(TallyConsumer.WAIT).untilAsserted(() -> tally(p).body("total", equalTo(1)));
        TallyConsumer.awaitDoneWith(sent);
        assertEquals(0, TopicReader.count("signatures.dlq",
                jsonValue(e -> event.toString().equals(e.path("id").asText()))));
    }

    @Test
    void signingWhileTheDatabaseIsAwayAnswers503WithRetryAfterAndSigningAgainLaterWorks() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        try {
            TestDatabase.refuseConnections();
            // the first attempts meet the pool's connections that the server just ended, later ones a refusal
            for (int attempt = 0; attempt < 3; attempt++) {
                given().contentType(ContentType.JSON).body(Signer.body(email, "MM"))
                        .when().post("/api/petitions/{slug}/signatures", p.slug)
                        .then().statusCode(503)
                        .contentType(containsString("application/problem+json"))
                        .header("Retry-After", "5")
                        .body("type", containsString("database-unavailable"))
                        .body(not(containsString(email)));
            }
        } finally {
            TestDatabase.allowConnections();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Signer.sign(p.slug, email, "MM"));
    }

    private static ValidatableResponse tally(Petition p) {
        return given().when().get("/api/petitions/{slug}/tally", p.slug).then().statusCode(200);
    }
}
