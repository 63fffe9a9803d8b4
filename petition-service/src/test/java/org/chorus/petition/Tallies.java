package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

/** A petition's public tally, as tests wait for the events they sent to be counted. */
final class Tallies {

    private Tallies() {
    }

    static void awaitTotal(Petition p, int total) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when()
                .get("/api/petitions/{slug}/tally", p.slug).then().body("total", equalTo(total)));
    }
}
