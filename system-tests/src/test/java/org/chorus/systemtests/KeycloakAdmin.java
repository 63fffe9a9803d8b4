package org.chorus.systemtests;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/**
 * Changes to the local Keycloak's realm {@code chorus} through its admin API (as its administrator), for tests that
 * need a token Keycloak itself makes expire soon: Keycloak lets a client's access tokens live shorter than the
 * realm's (client attribute {@code access.token.lifespan}).
 */
final class KeycloakAdmin {

    private static final String CLIENTS = LocalPlatform.KEYCLOAK + "/admin/realms/chorus/clients";
    private static final String LIFESPAN = "access.token.lifespan";

    private KeycloakAdmin() {
    }

    /** A new public client like chorus-cli (password grant) whose tokens live the given seconds; its client id. */
    static String newPasswordClient(int tokenSeconds) {
        String clientId = "short-lived-cli-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Keycloak.masterRealmToken()).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of(LIFESPAN, String.valueOf(tokenSeconds))))
                .when().post(CLIENTS)
                .then().statusCode(201);
        return clientId;
    }

    /** From now on, the client's new tokens live the given seconds. */
    static void shortenTokens(String clientId, int tokenSeconds) {
        String admin = Keycloak.masterRealmToken();
        Map<String, Object> client = find(admin, clientId);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) client.get("attributes");
        attributes.put(LIFESPAN, String.valueOf(tokenSeconds));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(client)
                .when().put(CLIENTS + "/{id}", client.get("id"))
                .then().statusCode(204);
    }

    static void deleteClient(String clientId) {
        String admin = Keycloak.masterRealmToken();
        given().auth().oauth2(admin).when().delete(CLIENTS + "/{id}", find(admin, clientId).get("id"))
                .then().statusCode(204);
    }

    private static Map<String, Object> find(String admin, String clientId) {
        List<Map<String, Object>> found = given().auth().oauth2(admin).queryParam("clientId", clientId)
                .when().get(CLIENTS)
                .then().statusCode(200).extract().jsonPath().getList("$");
        if (found.size() != 1) {
            throw new AssertionError("Keycloak has " + found.size() + " clients " + clientId);
        }
        return found.get(0);
    }
}
