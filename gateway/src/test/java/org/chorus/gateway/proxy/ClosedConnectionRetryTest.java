package org.chorus.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.chorus.gateway.support.InjectStandIns;
import org.chorus.gateway.support.StandInServices;
import org.chorus.gateway.support.StandIns;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A service that closes the connection as a request goes out (a kept-alive connection it had just closed): a
 * request that changes nothing when repeated is sent once more and the client never notices; any other request is
 * not repeated and gets the 503 problem.
 */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ClosedConnectionRetryTest {

    private static final String CLOSE_ONCE = "X-Stand-In-Close-Once";

    @InjectStandIns
    StandIns standIns;

    @Test
    void aSignatureIsSentOnceMoreWithItsBodyAndTheSignerGetsTheAnswer() {
        String marker = UUID.randomUUID().toString();
        String body = "{\"name\":\"Aung\",\"email\":\"a@example.org\",\"country\":\"MM\"}";
        given().header(CLOSE_ONCE, marker).contentType("application/json").body(body)
                .when().post("/api/petitions/myanmar/signatures?marker=" + marker)
                .then().statusCode(200).body("body", equalTo(body));
        assertEquals(2, standIns.petition().seen(marker).size(), "the first attempt, and the one that was answered");
    }

    @Test
    void aReadIsSentOnceMore() {
        String marker = UUID.randomUUID().toString();
        given().header(CLOSE_ONCE, marker).when().get("/api/petitions/myanmar?marker=" + marker)
                .then().statusCode(200).body("method", equalTo("GET"));
        assertEquals(2, standIns.petition().seen(marker).size());
    }

    @Test
    void aBatchIsNeverCreatedTwice() {
        String marker = UUID.randomUUID().toString();
        standIns.keycloak().start();
        given().auth().oauth2(standIns.keycloak().token()).header(CLOSE_ONCE, marker).contentType("application/json")
                .body("{\"petition\":\"myanmar\"}")
                .when().post("/api/letters/batches?marker=" + marker)
                .then().statusCode(503).contentType("application/problem+json");
        assertEquals(1, standIns.letter().seen(marker).size(), "not repeated");
    }
}
