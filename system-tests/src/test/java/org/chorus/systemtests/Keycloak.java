package org.chorus.systemtests;

import static io.restassured.RestAssured.given;

/** Tokens from the local Keycloak, as the README's walk-through gets them (client chorus-cli, the demo partner). */
final class Keycloak {

    private Keycloak() {
    }

    static String staffToken(String user, String password) {
        return staffToken("chorus-cli", user, password);
    }

    /** A staff member's token through another public client of the realm (password grant). */
    static String staffToken(String clientId, String user, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", user).formParam("password", password)
                .when().post(LocalPlatform.KEYCLOAK + "/realms/chorus/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static String partnerToken() {
        return clientToken("demo-partner", "demo-partner-local-secret");
    }

    /** A token of a partner's own client (client credentials), as a partner's server gets one. */
    static String clientToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post(LocalPlatform.KEYCLOAK + "/realms/chorus/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A genuine token of the same Keycloak, but of its master realm (its administrator's). */
    static String masterRealmToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(LocalPlatform.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
