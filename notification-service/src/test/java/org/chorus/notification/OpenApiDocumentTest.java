package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.chorus.testing.openapi.DocumentedOperations;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationSaysWhatItDoesAndHowItFails() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(), DocumentedOperations.faults(document));
    }
}
