package org.chorus.notification.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * SQL and script payloads in the texts, query parameters and path parameters notification-service takes are refused
 * with 400/404 and run nothing: the tables are all there afterwards, no suppression appears, and the unsubscribe page
 * does not echo them.
 */
@QuarkusTest
@TestSecurity(user = "ada", roles = { "admin", "campaigner" })
class InjectionTest {

    static Stream<String> payloads() {
        return Stream.of(
                "'; DROP TABLE email_message;--",
                "' OR '1'='1",
                "$$; select pg_sleep(5); $$",
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "{{7*7}}",
                "${7*7}");
    }

    @Inject
    EntityManager em;

    private long suppressionsBefore;

    @BeforeEach
    void countSuppressions() {
        suppressionsBefore = suppressions();
    }

    @AfterEach
    void tablesAreIntactAndNobodyWasSuppressed() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("email_message", "signer", "suppression", "outbox_event", "processed_event")) {
                assertNotNull(em.createNativeQuery("SELECT to_regclass('" + table + "')::text").getSingleResult(),
                        table);
            }
        });
        assertEquals(suppressionsBefore, suppressions());
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aBounceReportNamingAPayloadMatchesNoEmail(String payload) {
        int status = given().contentType(ContentType.JSON)
                .body(Map.of("messageId", payload, "type", "hard", "diagnostic", payload))
                .when().post("/api/notifications/bounces").then().extract().statusCode();
        assertTrue(Set.of(400, 404).contains(status), "bounce: " + status);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadsInQueryAndPathParametersAreRefused(String payload) {
        for (String parameter : List.of("petitionId", "batchId", "status", "kind")) {
            given().queryParam(parameter, payload).when().get("/api/notifications/emails")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        String id = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
        int status = given().urlEncodingEnabled(false).when().post("/api/notifications/emails/" + id + "/resend")
                .then().extract().statusCode();
        assertTrue(Set.of(400, 404).contains(status), "resend: " + status);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aPayloadAsUnsubscribeTokenUnsubscribesNobodyAndIsNotEchoed(String payload) {
        String page = given().queryParam("token", payload).queryParam("lang", payload)
                .when().get("/unsubscribe").then().statusCode(400).extract().asString();
        assertFalse(page.contains(payload), "echoed: " + page);
        page = given().queryParam("token", payload).queryParam("lang", payload)
                .when().post("/unsubscribe").then().statusCode(400).extract().asString();
        assertFalse(page.contains(payload), "echoed: " + page);
    }

    private long suppressions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM suppression").getSingleResult()).longValue());
    }
}
