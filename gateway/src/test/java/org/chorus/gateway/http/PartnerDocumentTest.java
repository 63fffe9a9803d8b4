package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Partners' developers read the partner API's OpenAPI document through the gateway, without a token (they may not
 * have a client yet); it is petition-service's, and the partner API itself still needs one.
 */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PartnerDocumentTest {

    @Test
    void thePartnerDocumentIsPetitionServicesAndNeedsNoToken() {
        given().urlEncodingEnabled(false).when().get("/api/partner/openapi?format=json")
                .then().statusCode(200)
                .body("service", equalTo("petition-service"))
                .body("uri", equalTo("/api/partner/openapi?format=json"))
                .body("headers.authorization", nullValue());
    }

    @Test
    void thePartnerApiStillNeedsAToken() {
        given().when().get("/api/partner/tally?petition=myanmar-arms-embargo").then().statusCode(401);
        given().when().get("/api/partner/openapi/more").then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/api/partner/openapi").then().statusCode(401);
    }
}
