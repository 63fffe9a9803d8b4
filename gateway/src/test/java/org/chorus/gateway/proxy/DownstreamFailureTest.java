package org.chorus.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.chorus.gateway.support.InjectStandIns;
import org.chorus.gateway.support.StandIn;
import org.chorus.gateway.support.StandInServices;
import org.chorus.gateway.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The test profile sets a 1 s idle timeout, and a breaker that opens after 3 failures for 1 s. */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DownstreamFailureTest {

    @InjectStandIns
    StandIns standIns;

    private StandIn petition;

    @BeforeEach
    void petitionServiceAnswers() {
        petition = standIns.petition();
        // Also closes the breaker left by an earlier test.
        getPetition().statusCode(200);
    }

    @Test
    void unreachableServiceIsUnavailableProblemWithRetryAfter() {
        petition.stop();
        try {
            assertUnavailable(getPetition());
        } finally {
            petition.restart();
        }
        getPetition().statusCode(200);
    }

    @Test
    void silentServiceTimesOutAsUnavailable() {
        long start = System.nanoTime();
        assertUnavailable(given().header("X-Stand-In-Hang", "yes").when().get("/api/petitions/slow").then());
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs >= 900 && elapsedMs < 5000, "answered after " + elapsedMs + " ms");
    }

    @Test
    void openCircuitFailsFastWithoutCallingTheService() throws InterruptedException {
        petition.stop();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertUnavailable(getPetition());
            }
        } finally {
            petition.restart();
        }
        String marker = UUID.randomUUID().toString();
        assertUnavailable(given().when().get("/api/petitions/myanmar-arms-embargo?marker=" + marker).then());
        assertEquals(List.of(), petition.seen(marker));

        Thread.sleep(1100);
        given().when().get("/api/petitions/myanmar-arms-embargo?marker=" + marker).then().statusCode(200);
        assertEquals(1, petition.seen(marker).size());
    }

    private static ValidatableResponse getPetition() {
        return given().when().get("/api/petitions/myanmar-arms-embargo").then();
    }

    private static void assertUnavailable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Service Unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("petition-service"));
    }
}
