package org.chorus.systemtests;

import static io.restassured.RestAssured.given;

/** Staff tokens from the local Keycloak, as the README's walk-through gets them (client chorus-cli). */
final class Keycloak {

    private Keycloak() {
    }

    static String staffToken(String user, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "chorus-cli")
                .formParam("username", user).formParam("password", password)
                .when().post(LocalPlatform.KEYCLOAK + "/realms/chorus/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
