package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Where chorus.gateway.hsts is on (production), every response says so. SecurityHeadersTest: off by default. */
@QuarkusTest
@TestProfile(HstsTest.HstsOn.class)
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HstsTest {

    public static class HstsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chorus.gateway.hsts", "true");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/api/petitions/myanmar-arms-embargo, 200",
            "/nowhere, 404",
            "/api/letters/batches, 401",
            "/q/health/live, 200" })
    void everyResponseCarriesStrictTransportSecurity(String path, int status) {
        given().when().get(path)
                .then().statusCode(status)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void pageWithItsOwnPolicyCarriesItToo() {
        given().header("X-Stand-In-Frame", "allow")
                .when().get("/embed/myanmar-arms-embargo?partner=demo-partner")
                .then().statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .header("Content-Security-Policy", "frame-ancestors *");
    }
}
