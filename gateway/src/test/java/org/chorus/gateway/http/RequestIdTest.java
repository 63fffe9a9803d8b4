package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void requestWithoutIdGetsANewOneThatTheServiceSeesToo() {
        Response response = given().when().get("/p/myanmar-arms-embargo");

        String id = response.header("X-Request-Id");
        response.then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("headers.x-request-id", equalTo(id));
    }

    @Test
    void saneIdOfTheCallerIsPassedOnAndEchoed() {
        String id = "cli-run_42.7";
        given().header("X-Request-Id", id)
                .when().get("/p/myanmar-arms-embargo")
                .then().statusCode(200)
                .header("X-Request-Id", id)
                .body("headers.x-request-id", equalTo(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "has space", "<script>", "a/b", "x12345678901234567890123456789012345678901234567890123456789012345" })
    void unsafeIdIsReplaced(String offered) {
        Response response = given().header("X-Request-Id", offered).when().get("/p/myanmar-arms-embargo");

        String id = response.header("X-Request-Id");
        assertNotEquals(offered, id);
        response.then().header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("headers.x-request-id", equalTo(id));
    }

    @Test
    void problemsCarryTheRequestIdToo() {
        String id = given().header("X-Request-Id", "trace-404")
                .when().get("/nowhere")
                .then().statusCode(404)
                .extract().header("X-Request-Id");
        assertEquals("trace-404", id);
    }
}
