package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.chorus.gateway.support.InjectStandIns;
import org.chorus.gateway.support.StandInServices;
import org.chorus.gateway.support.StandIns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LoginTest {

    @InjectStandIns
    StandIns standIns;

    @ParameterizedTest
    @CsvSource({
            "POST, /api/petitions", "PUT, /api/petitions/myanmar-arms-embargo",
            "POST, /api/petitions/myanmar-arms-embargo/publish", "POST, /api/petitions/myanmar-arms-embargo/close",
            "GET, /api/petitions/myanmar-arms-embargo/signatures", "POST, /api/partners",
            "GET, /api/petitions/myanmar-arms-embargo/preview",
            "GET, /api/partners/demo-partner/stats", "GET, /api/partner/signatures",
            "POST, /api/letters/batches", "GET, /api/letters/targets", "GET, /api/notifications/messages" })
    void staffAndPartnerPathsWithoutTokenAreUnauthorizedAndNeverForwarded(String method, String path) {
        String marker = UUID.randomUUID().toString();
        given().body("{}").contentType("application/json")
                .when().request(method, path + "?marker=" + marker)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401));
        assertEquals(List.of(), standIns.seen(marker));
    }

    @Test
    void forgedTokenIsUnauthorizedAndNeverForwarded() {
        standIns.keycloak().start();
        String marker = UUID.randomUUID().toString();
        given().auth().oauth2(standIns.keycloak().forgedToken())
                .when().post("/api/letters/batches?marker=" + marker)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        assertEquals(List.of(), standIns.seen(marker));
    }

    @Test
    void signingNeedsNoToken() {
        given().body("{\"name\":\"A\",\"email\":\"a@example.org\",\"country\":\"MM\"}").contentType("application/json")
                .when().post("/api/petitions/myanmar-arms-embargo/signatures")
                .then().statusCode(200)
                .body("service", equalTo("petition-service"))
                .body("uri", equalTo("/api/petitions/myanmar-arms-embargo/signatures"));
    }

    /** Keycloak was down when the gateway started; it is checked as soon as it is up. */
    @ParameterizedTest
    @CsvSource({
            "POST, /api/petitions, petition-service", "POST, /api/partners, petition-service",
            "GET, /api/petitions/myanmar-arms-embargo/preview?lang=my, petition-service",
            "GET, /api/partner/tally?petition=myanmar-arms-embargo, petition-service",
            "POST, /api/letters/batches, letter-service", "GET, /api/letters/targets?group=unsc, letter-service",
            "GET, /api/notifications/messages, notification-service" })
    void validTokenIsCheckedAndForwarded(String method, String pathAndQuery, String service) {
        standIns.keycloak().start();
        String token = standIns.keycloak().token();
        given().auth().oauth2(token).urlEncodingEnabled(false)
                .when().request(method, pathAndQuery)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("uri", equalTo(pathAndQuery))
                .body("headers.authorization", equalTo("Bearer " + token));
    }
}
