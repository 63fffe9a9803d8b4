package org.chorus.petition;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chorus.testing.openapi.DocumentedOperations;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> STAFF_SCHEMAS = Set.of("PetitionRequest", "StaffPetitionView", "PartnerRequest");

    @Test
    void everyOperationSaysWhatItDoesAndHowItFails() {
        assertEquals(List.of(), DocumentedOperations.faults(document("/q/openapi")));
    }

    /** Partners' developers read it through the gateway, without a token: it holds the partner API and nothing else. */
    @Test
    void thePartnerDocumentHoldsThePartnerApiAlone() {
        String document = document("/api/partner/openapi");
        assertEquals(List.of(), DocumentedOperations.faults(document));
        Map<String, Object> paths = JsonPath.from(document).getMap("paths");
        assertEquals(Set.of("/api/partner/tally", "/api/partner/signatures"), paths.keySet());
        Set<String> schemas = JsonPath.from(document).getMap("components.schemas").keySet().stream()
                .map(String::valueOf).collect(Collectors.toSet());
        schemas.retainAll(STAFF_SCHEMAS);
        assertEquals(Set.of(), schemas, "staff schemas in the partner document");
    }

    private static String document(String path) {
        return given().queryParam("format", "json").when().get(path)
                .then().statusCode(200).extract().asString();
    }
}
