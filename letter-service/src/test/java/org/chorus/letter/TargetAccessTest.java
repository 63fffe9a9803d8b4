package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The directory is for campaign staff: nobody else reads or changes it. */
@QuarkusTest
class TargetAccessTest {

    @Test
    void withoutATokenTheDirectoryIs401() {
        given().when().get("/api/letters/targets").then().statusCode(401)
                .body("type", equalTo("/problems/unauthorized"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "members", List.of()))
                .when().put("/api/letters/groups/x").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void aPartnerGets403() {
        given().when().get("/api/letters/targets").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "IN", "startsOn", "2027-01-01", "endsOn", "2028-12-31"))
                .when().post("/api/letters/council-terms").then().statusCode(403);
    }
}
