package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** chorus.gateway.rate-limits.enabled=false lets everything through, however low the limits. */
@QuarkusTest
@TestProfile(RateLimitsOffTest.Off.class)
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RateLimitsOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "chorus.gateway.rate-limits.enabled", "false",
                    "chorus.gateway.rate-limits.signing.per-minute", "1",
                    "chorus.gateway.rate-limits.signing.burst", "1",
                    "chorus.gateway.rate-limits.reading.per-minute", "1",
                    "chorus.gateway.rate-limits.reading.burst", "1");
        }
    }

    @Test
    void switchedOffNothingIsRefused() {
        for (int i = 0; i < 10; i++) {
            given().contentType("application/json").body("{}")
                    .when().post("/api/petitions/myanmar-arms-embargo/signatures")
                    .then().statusCode(200);
            given().when().get("/api/petitions/myanmar-arms-embargo").then().statusCode(200);
        }
    }
}
