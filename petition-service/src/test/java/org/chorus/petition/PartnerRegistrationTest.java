package org.chorus.petition;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.testing.keycloak.KeycloakAdminStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Registering a partner registers its Keycloak client through the client registration service (FakeKeycloak's
 * stand-in, which answers as Keycloak does with the realm's accounts and policies, and keeps what it was told), stores
 * the partner, and shows the client secret this once.
 */
@QuarkusTest
class PartnerRegistrationTest {

    private static final String TOKEN = "POST /realms/chorus/protocol/openid-connect/token";
    private static final String REGISTRATIONS = "/realms/chorus/clients-registrations/default";
    private static final String REGISTER = "POST " + REGISTRATIONS;

    @Inject
    TestPartners partners;

    @AfterEach
    void keycloakWorksAgain() {
        KeycloakAdminStandIn.reset();
    }

    @Test
    void registeringCreatesAClientCredentialsClientForThePartnerAndShowsItsSecretOnce() {
        Map<String, Object> body = body();
        String slug = (String) body.get("slug");
        String secret = register(body).statusCode(201)
                .header("Location", endsWith("/api/partners/" + slug))
                .header("Cache-Control", "no-store")
                .body("slug", equalTo(slug))
                .body("name", equalTo("Burma Action Network"))
                .body("allowedOrigins", contains("https://burma-action.example.org", "http://localhost:8090"))
                .body("contact", equalTo("campaigns@burma-action.example.org"))
                .body("webhookUrl", equalTo("https://burma-action.example.org/chorus"))
                .body("clientId", equalTo(slug))
                .body("createdAt", notNullValue())
                .extract().path("clientSecret");

        Map<String, Object> client = KeycloakAdminStandIn.client(slug);
        assertEquals(client.get("secret"), secret, "the secret shown is the client's, read from Keycloak");
        @SuppressWarnings("unchecked")
        Map<String, Object> rep = (Map<String, Object>) client.get("representation");
        assertEquals(false, rep.get("publicClient"));
        assertEquals(true, rep.get("serviceAccountsEnabled"));
        assertEquals(false, rep.get("standardFlowEnabled"));
        assertEquals(false, rep.get("implicitFlowEnabled"));
        assertEquals(false, rep.get("directAccessGrantsEnabled"));
        assertEquals("client-secret", rep.get("clientAuthenticatorType"));
        assertEquals(List.of("basic", "roles", "partner"), rep.get("defaultClientScopes"),
                "the realm's client scope partner gives its tokens the role partner and the claim partner");

        Staff.campaigner().when().get("/api/partners/{slug}", slug).then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("clientId", equalTo(slug))
                .body("createdBy", equalTo("test-user"))
                .body("allowedOrigins", contains("https://burma-action.example.org", "http://localhost:8090"))
                .body("clientSecret", nullValue())
                .body(not(containsString(secret)));
        String list = Staff.campaigner().when().get("/api/partners").then().statusCode(200)
                .body("slug", hasItem(slug)).extract().asString();
        assertFalse(list.contains(secret), "the list never shows a secret");
        assertFalse(partners.storedText(slug).contains(secret), "Chorus keeps no copy of the secret");
    }

    @Test
    void originsAreStoredInTheFormBrowsersSendThem() {
        Map<String, Object> body = body();
        body.put("allowedOrigins", List.of("HTTPS://Burma-Action.Example.ORG:443", "http://LOCALHOST:8090",
                "https://burma-action.example.org"));
        register(body).statusCode(201)
                .body("allowedOrigins", contains("https://burma-action.example.org", "http://localhost:8090"));
    }

    @Test
    void contactAndWebhookMayBeLeftOut() {
        Map<String, Object> body = body();
        body.remove("contact");
        body.remove("webhookUrl");
        register(body).statusCode(201).body("contact", nullValue()).body("webhookUrl", nullValue());
    }

    @Test
    void aSlugRegisteredAlreadyIs409AndKeycloakIsNotAsked() {
        Map<String, Object> body = body();
        register(body).statusCode(201);
        int callsBefore = KeycloakAdminStandIn.calls().size();
        body.put("name", "Somebody else");
        register(body).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/partner-exists"));
        assertEquals(callsBefore, KeycloakAdminStandIn.calls().size());
        Staff.campaigner().when().get("/api/partners/{slug}", body.get("slug")).then()
                .body("name", equalTo("Burma Action Network"));
    }

    /** Keycloak's own clients and the services' are not a partner's to take, and are left untouched. */
    @Test
    void aSlugThatIsAnotherKeycloakClientIs409AndNothingIsStored() {
        Map<String, Object> body = body();
        body.put("slug", "gateway");
        int callsBefore = KeycloakAdminStandIn.calls().size();
        register(body).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/client-id-taken"));
        List<String> calls = KeycloakAdminStandIn.calls();
        assertEquals(List.of(TOKEN, REGISTER), calls.subList(callsBefore, calls.size()),
                "asked to register it, and nothing after");
        Staff.campaigner().when().get("/api/partners/gateway").then().statusCode(404)
                .body("type", equalTo("/problems/partner-not-found"));
    }

    @Test
    void whenKeycloakAnswers503TheAnswerIs503AndNothingIsStored() {
        KeycloakAdminStandIn.unavailable();
        assertNotRegistered(body(), 503);
    }

    @Test
    void whenKeycloakCannotBeReachedTheAnswerIs503AndNothingIsStored() {
        KeycloakAdminStandIn.hangingUp();
        assertNotRegistered(body(), 503);
    }

    /**
     * petition-service's account may register a client and nothing more: no admin API call, no role mapping, no
     * protocol mapper of its own (the realm's registration policies would refuse one: 403).
     */
    @Test
    void registeringTakesOneRegistrationAndNoAdminCall() {
        int callsBefore = KeycloakAdminStandIn.calls().size();
        register(body()).statusCode(201);
        List<String> calls = KeycloakAdminStandIn.calls();
        assertEquals(List.of(TOKEN, REGISTER), calls.subList(callsBefore, calls.size()));
    }

    /** A registration policy of the realm refuses the client: nothing is registered, nothing stored. */
    @Test
    void whenKeycloakRefusesTheRegistrationTheAnswerIs502AndNothingIsStored() {
        KeycloakAdminStandIn.refuse("/clients-registrations/default", 403);
        assertNotRegistered(body(), 502);
    }

    /** The database fails the insert after the client was made (a trigger stands in for a database going away). */
    @Test
    void whenThePartnerCannotBeStoredItsClientIsDeletedAgain() {
        Map<String, Object> body = body();
        partners.failInsertsOf((String) body.get("slug"));
        try {
            register(body).statusCode(503).contentType("application/problem+json");
        } finally {
            partners.stopFailingInserts();
        }
        assertNull(KeycloakAdminStandIn.client((String) body.get("slug")),
                "the client was deleted again, with the registration access token that opens it alone");
        assertTrue(KeycloakAdminStandIn.calls().contains("DELETE " + REGISTRATIONS + "/" + body.get("slug")));
        Staff.campaigner().when().get("/api/partners/{slug}", body.get("slug")).then().statusCode(404);
        KeycloakAdminStandIn.reset();
        register(body).statusCode(201);
    }

    private void assertNotRegistered(Map<String, Object> body, int status) {
        String slug = (String) body.get("slug");
        register(body).statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/identity-provider-admin"))
                .body("clientSecret", nullValue());
        assertNull(KeycloakAdminStandIn.client(slug), "no client is left in Keycloak");
        Staff.campaigner().when().get("/api/partners/{slug}", slug).then().statusCode(404);
    }

    static ValidatableResponse register(Map<String, Object> body) {
        return Staff.campaigner().contentType(ContentType.JSON).body(body).when().post("/api/partners").then();
    }

    /** A complete, valid registration with a fresh slug; tests change what they are about. */
    static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", TestPartners.newSlug());
        body.put("name", "Burma Action Network");
        body.put("allowedOrigins", new ArrayList<>(List.of("https://burma-action.example.org", "http://localhost:8090")));
        body.put("contact", "campaigns@burma-action.example.org");
        body.put("webhookUrl", "https://burma-action.example.org/chorus");
        return body;
    }
}
