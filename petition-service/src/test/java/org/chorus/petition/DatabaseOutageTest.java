package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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
}
