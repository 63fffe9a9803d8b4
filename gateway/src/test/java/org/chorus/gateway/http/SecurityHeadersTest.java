package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = { "/p/myanmar-arms-embargo", "/nowhere", "/api/letters/batches", "/q/health/live" })
    void everyResponseCarriesSecurityHeaders(String path) {
        given().when().get(path)
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
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
}
