package org.chorus.systemtests;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/**
 * Changes to the local Keycloak's realm {@code chorus} through its admin API (as its administrator), for tests that
 * need a token Keycloak itself makes expire soon: Keycloak lets a client's access tokens live shorter than the
 * realm's (client attribute {@code access.token.lifespan}); and what the realm holds (ids, roles, a client's
 * representation), for tests that attack it with another account's token and undo what an attack was let do.
 */
final class KeycloakAdmin {

    static final String REALM = LocalPlatform.KEYCLOAK + "/admin/realms/chorus";
    private static final String CLIENTS = REALM + "/clients";
    private static final String USERS = REALM + "/users";
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

    /** The client's representation, its internal {@code id} included. */
    static Map<String, Object> client(String clientId) {
        return find(Keycloak.masterRealmToken(), clientId);
    }

    /** The internal id of the client of that clientId. */
    static String clientUuid(String clientId) {
        return (String) client(clientId).get("id");
    }

    static String userId(String username) {
        List<Map<String, Object>> found = given().auth().oauth2(Keycloak.masterRealmToken())
                .queryParam("username", username).queryParam("exact", true)
                .when().get(USERS)
                .then().statusCode(200).extract().jsonPath().getList("$");
        if (found.size() != 1) {
            throw new AssertionError("Keycloak has " + found.size() + " users " + username);
        }
        return (String) found.get(0).get("id");
    }

    static String serviceAccountUserId(String clientId) {
        return given().auth().oauth2(Keycloak.masterRealmToken())
                .when().get(CLIENTS + "/{id}/service-account-user", clientUuid(clientId))
                .then().statusCode(200).extract().path("id");
    }

    /** A realm role as the role-mapping endpoints take it (id and name). */
    static Map<String, Object> realmRole(String name) {
        return given().auth().oauth2(Keycloak.masterRealmToken()).when().get(REALM + "/roles/{name}", name)
                .then().statusCode(200).extract().as(Map.class);
    }

    /** A role of the client of that clientId, as the role-mapping endpoints take it. */
    static Map<String, Object> clientRole(String clientId, String name) {
        return given().auth().oauth2(Keycloak.masterRealmToken())
                .when().get(CLIENTS + "/{id}/roles/{name}", clientUuid(clientId), name)
                .then().statusCode(200).extract().as(Map.class);
    }

    /** Takes the realm roles from the user, those it holds; the others are left alone. */
    static void removeRealmRoles(String userId, List<String> names) {
        String admin = Keycloak.masterRealmToken();
        List<Map<String, Object>> held = given().auth().oauth2(admin)
                .when().get(USERS + "/{id}/role-mappings/realm", userId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> taken = held.stream().filter(role -> names.contains(role.get("name"))).toList();
        if (!taken.isEmpty()) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(taken)
                    .when().delete(USERS + "/{id}/role-mappings/realm", userId)
                    .then().statusCode(204);
        }
    }

    /** Takes the roles of the client of that clientId from the user, those it holds. */
    static void removeClientRoles(String userId, String clientId, List<String> names) {
        String admin = Keycloak.masterRealmToken();
        String client = clientUuid(clientId);
        List<Map<String, Object>> held = given().auth().oauth2(admin)
                .when().get(USERS + "/{id}/role-mappings/clients/{client}", userId, client)
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> taken = held.stream().filter(role -> names.contains(role.get("name"))).toList();
        if (!taken.isEmpty()) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(taken)
                    .when().delete(USERS + "/{id}/role-mappings/clients/{client}", userId, client)
                    .then().statusCode(204);
        }
    }

    static void deleteClientIfPresent(String clientId) {
        String admin = Keycloak.masterRealmToken();
        List<Map<String, Object>> found = given().auth().oauth2(admin).queryParam("clientId", clientId)
                .when().get(CLIENTS)
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> client : found) {
            given().auth().oauth2(admin).when().delete(CLIENTS + "/{id}", client.get("id")).then().statusCode(204);
        }
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
