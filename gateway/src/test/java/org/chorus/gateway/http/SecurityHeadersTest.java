package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The stand-in services send no security headers of their own unless asked to (X-Stand-In-Frame). */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SecurityHeadersTest {

    @ParameterizedTest
    @CsvSource({
            "/api/petitions/myanmar-arms-embargo, 200",   // an API answer of a service
            "/p/myanmar-arms-embargo, 200",               // a public page of a service
            "/nowhere, 404",                              // the gateway's own problem: no such route
            "/api/letters/batches, 401",                  // the gateway's own problem: staff path, no token
            "/q/health/live, 200" })                      // Quarkus' own endpoint
    void everyResponseCarriesSecurityHeaders(String path, int status) {
        given().when().get(path)
                .then().statusCode(status)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", SecurityHeaders.DEFAULT_POLICY)
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void serviceThatAllowsFramingKeepsItsDecision() {
        given().header("X-Stand-In-Frame", "allow")
                .when().get("/embed/myanmar-arms-embargo?partner=demo-partner")
                .then().statusCode(200)
                .header("Content-Security-Policy", equalTo("frame-ancestors *"))
                .header("X-Frame-Options", nullValue())
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void servicePolicyIsKeptUnchangedAndAlone() {
        List<String> policies = given().header("X-Stand-In-Frame", "allow")
                .when().get("/embed/myanmar-arms-embargo?partner=demo-partner")
                .then().statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .extract().headers().getValues("Content-Security-Policy");
        assertEquals(List.of("frame-ancestors *"), policies);
    }
}
