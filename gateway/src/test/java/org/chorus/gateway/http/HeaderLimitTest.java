package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * quarkus.http.limits.max-header-size is 16K and max-initial-line-length 4096: what a client may make the gateway
 * hold before the request is routed. Vert.x answers these itself, before any route, so nothing reaches a service.
 */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HeaderLimitTest {

    @Test
    void headersWithinTheLimitPass() {
        given().header("X-Padding", "x".repeat(15 * 1024))
                .when().get("/q/health/live")
                .then().statusCode(200);
    }

    @Test
    void largerHeadersAreRefused() {
        given().header("X-Padding", "x".repeat(17 * 1024))
                .when().get("/q/health/live")
                .then().statusCode(431);
    }

    @Test
    void longerRequestLineIsRefused() {
        given().when().get("/q/health/live?padding=" + "x".repeat(4096))
                .then().statusCode(414);
    }
}
