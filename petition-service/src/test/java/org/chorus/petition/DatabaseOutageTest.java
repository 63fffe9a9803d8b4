package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DatabaseOutageTest {

    @Inject
    TestPetitions petitions;

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
        TopicReader.await("signatures.dlq", e -> unknown.equals(e.path("id").asText()), Duration.ofSeconds(10));
        assertEquals(1, TopicReader.count("signatures.dlq", e -> unknown.equals(e.path("id").asText()),
                Duration.ofSeconds(3)));
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
