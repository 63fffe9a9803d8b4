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

import org.chorus.problem.DatabaseOutage;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DatabaseOutageTest {

    @Inject
    TestPetitions petitions;

    @Inject
    DataSource dataSource;

    @Test
    void confirmationsArrivingWhileTheDatabaseIsAwayAreCountedWhenItIsBack() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        try {
            TestDatabase.refuseConnections();
            TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
            Thread.sleep(3_000);
        } finally {
            TestDatabase.allowConnections();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().statusCode(200).body("total", equalTo(1)));
    }

    @Test
    void anUnreadableEventInABatchRetriedUntilTheDatabaseIsBackIsDeadLetteredOnce() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        String unknown = UUID.randomUUID().toString();
        try {
            TestDatabase.refuseConnections();
            // the unknown event needs no database; the confirmation after it fails its batch until the database is back
            TestEvents.sendTogether(p, "{\"specversion\":\"1.0\",\"id\":\"" + unknown
                    + "\",\"type\":\"signature.exploded\",\"source\":\"/x\",\"data\":{}}",
                    TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
            Thread.sleep(4_000);
        } finally {
            TestDatabase.allowConnections();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().statusCode(200).body("total", equalTo(1)));
        TopicReader.await("signatures.dlq", jsonValue(e -> unknown.equals(e.path("id").asText())),
                Duration.ofSeconds(10));
        assertEquals(1, TopicReader.count("signatures.dlq", jsonValue(e -> unknown.equals(e.path("id").asText())),
                Duration.ofSeconds(3)));
    }

    @Test
    void aConfirmationThatFindsEveryConnectionOfThePoolInUseIsCountedOnceOneIsFreeNotDeadLettered() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        UUID event = UUID.randomUUID();
        List<Connection> held = new ArrayList<>();
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
            TestEvents.send(p, TestEvents.confirmed(event, p, UUID.randomUUID(), "MM"));
            // longer than the pool's acquisition timeout (5 s): the consumer has given up waiting at least once
            Thread.sleep(7_000);
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().statusCode(200).body("total", equalTo(1)));
        assertEquals(0, TopicReader.count("signatures.dlq",
                jsonValue(e -> event.toString().equals(e.path("id").asText())), Duration.ofSeconds(3)));
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
}
