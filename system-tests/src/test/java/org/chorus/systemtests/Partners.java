package org.chorus.systemtests;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Partners registered the way campaign staff register them (API.md: POST /api/partners, through the gateway). */
final class Partners {

    private Partners() {
    }

    /** Registers a partner with one allowed origin; the answer holds its Keycloak clientId and clientSecret. */
    static Map<String, Object> register(String slug, String origin) {
        String campaigner = Keycloak.staffToken("campaigner", "campaigner");
        return given().auth().oauth2(campaigner).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "Partner " + slug, "allowedOrigins", List.of(origin)))
                .when().post(LocalPlatform.GATEWAY + "/api/partners")
                .then().statusCode(201).extract().as(Map.class);
    }

    /** A token of the registered partner's own client (client credentials). */
    static String token(Map<String, Object> registered) {
        return Keycloak.clientToken((String) registered.get("clientId"), (String) registered.get("clientSecret"));
    }
}
