package org.chorus.systemtests;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What somebody holding petition-service's client secret could try against the local Keycloak: its own
 * client-credentials token, used on the admin REST API and on the client registration service for anything but
 * registering a partner. Each attempt must be refused with 403. {@link #undo()} takes back, as the realm's
 * administrator, what an attempt that was let through changed, so that a failing run leaves the realm as it was.
 */
final class PetitionServiceAccountAttacks {

    private static final String ADMIN = KeycloakAdmin.REALM;
    private static final String REGISTRATION = LocalPlatform.KEYCLOAK + "/realms/chorus/clients-registrations/default";
    private static final List<String> STAFF_ROLES = List.of("approver", "admin");

    private final String token = Keycloak.clientToken("petition-service", "petition-service-local-secret");
    private final String attackClient = "attack-" + UUID.randomUUID().toString().substring(0, 8);
    private final String campaigner = KeycloakAdmin.userId("campaigner");
    private final String itself = KeycloakAdmin.serviceAccountUserId("petition-service");
    private final String partner;
    private final String partnerClient;
    private final List<String> notRefused = new ArrayList<>();

    /** @param partnerClientId the client of a partner registered through the API (it has a service account) */
    PetitionServiceAccountAttacks(String partnerClientId) {
        this.partnerClient = KeycloakAdmin.clientUuid(partnerClientId);
        this.partner = KeycloakAdmin.serviceAccountUserId(partnerClientId);
    }

    /** Every attempt that was not refused with 403, as "what: status". */
    List<String> notRefused() {
        readingUsers();
        mappingRoles();
        touchingOtherClients();
        makingClientsThatCarryRoles();
        return notRefused;
    }

    private void readingUsers() {
        expect403("list the users", send().get(ADMIN + "/users").statusCode());
        expect403("read campaigner", send().get(ADMIN + "/users/{id}", campaigner).statusCode());
        // the password it already has: a reset that is let through changes nothing
        expect403("reset campaigner's password", send().contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", "campaigner", "temporary", false))
                .put(ADMIN + "/users/{id}/reset-password", campaigner).statusCode());
    }

    private void mappingRoles() {
        for (String role : STAFF_ROLES) {
            List<Map<String, Object>> roles = List.of(KeycloakAdmin.realmRole(role));
            expect403("give campaigner the realm role " + role, mapRealmRoles(campaigner, roles));
            expect403("give itself the realm role " + role, mapRealmRoles(itself, roles));
            expect403("give a partner's service account the realm role " + role, mapRealmRoles(partner, roles));
        }
        expect403("give itself realm-management's manage-users", send().contentType(ContentType.JSON)
                .body(List.of(KeycloakAdmin.clientRole("realm-management", "manage-users")))
                .post(ADMIN + "/users/{id}/role-mappings/clients/{client}", itself,
                        KeycloakAdmin.clientUuid("realm-management"))
                .statusCode());
        expect403("map the realm role admin into a partner client's scope", send().contentType(ContentType.JSON)
                .body(List.of(KeycloakAdmin.realmRole("admin")))
                .post(ADMIN + "/clients/{id}/scope-mappings/realm", partnerClient).statusCode());
        expect403("list the realm's roles", send().get(ADMIN + "/roles").statusCode());
    }

    private void touchingOtherClients() {
        Map<String, Object> gateway = KeycloakAdmin.client("gateway");
        String id = (String) gateway.get("id");
        expect403("list the clients", send().get(ADMIN + "/clients").statusCode());
        expect403("read the gateway client", send().get(ADMIN + "/clients/{id}", id).statusCode());
        expect403("read the gateway client's secret", send().get(ADMIN + "/clients/{id}/client-secret", id)
                .statusCode());
        // its own representation: an update that is let through changes nothing
        expect403("update the gateway client", send().contentType(ContentType.JSON).body(gateway)
                .put(ADMIN + "/clients/{id}", id).statusCode());
        expect403("read the gateway client through client registration", send().get(REGISTRATION + "/gateway")
                .statusCode());
        expect403("update the gateway client through client registration", send().contentType(ContentType.JSON)
                .body(gateway).put(REGISTRATION + "/gateway").statusCode());
    }

    private void makingClientsThatCarryRoles() {
        Map<String, Object> hardcodedAdmin = mapper("oidc-hardcoded-role-mapper", Map.of("role", "admin"));
        Map<String, Object> claimedAdmin = mapper("oidc-hardcoded-claim-mapper", Map.of("claim.name",
                "realm_access.roles", "claim.value", "[\"admin\"]", "jsonType.label", "JSON",
                "access.token.claim", "true"));
        expect403("create a client with a hardcoded admin role", send().contentType(ContentType.JSON)
                .body(client(hardcodedAdmin)).post(ADMIN + "/clients").statusCode());
        expect403("register a client with a hardcoded admin role", send().contentType(ContentType.JSON)
                .body(client(hardcodedAdmin)).post(REGISTRATION).statusCode());
        expect403("register a client whose tokens claim the role admin", send().contentType(ContentType.JSON)
                .body(client(claimedAdmin)).post(REGISTRATION).statusCode());
    }

    /** As the realm's administrator: the roles and clients an attempt that was let through gave or made. */
    void undo() {
        for (String user : List.of(campaigner, itself, partner)) {
            KeycloakAdmin.removeRealmRoles(user, STAFF_ROLES);
        }
        KeycloakAdmin.removeClientRoles(itself, "realm-management", List.of("manage-users"));
        KeycloakAdmin.deleteClientIfPresent(attackClient);
        given().auth().oauth2(Keycloak.masterRealmToken()).contentType(ContentType.JSON)
                .body(List.of(KeycloakAdmin.realmRole("admin")))
                .when().delete(ADMIN + "/clients/{id}/scope-mappings/realm", partnerClient)
                .then().statusCode(204);
    }

    private int mapRealmRoles(String user, List<Map<String, Object>> roles) {
        return send().contentType(ContentType.JSON).body(roles)
                .post(ADMIN + "/users/{id}/role-mappings/realm", user).statusCode();
    }

    /** A partner-like client (client credentials) with one protocol mapper. */
    private Map<String, Object> client(Map<String, Object> mapper) {
        Map<String, Object> client = new HashMap<>();
        client.put("clientId", attackClient);
        client.put("publicClient", false);
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("protocolMappers", List.of(mapper));
        return client;
    }

    private static Map<String, Object> mapper(String type, Map<String, String> config) {
        return Map.of("name", "attack", "protocol", "openid-connect", "protocolMapper", type, "config", config);
    }

    private RequestSpecification send() {
        return given().auth().oauth2(token).when();
    }

    private void expect403(String what, int status) {
        if (status != 403) {
            notRefused.add(what + ": " + status);
        }
    }
}
