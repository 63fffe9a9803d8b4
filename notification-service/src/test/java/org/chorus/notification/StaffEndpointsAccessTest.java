package org.chorus.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.chorus.notification.crypto.AddressHasher;
import org.chorus.notification.crypto.UnsubscribeTokens;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.chorus.testing.keycloak.RefusedToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * "One front door": notification-service checks every staff request's Keycloak token itself, whatever the gateway
 * did, and before it reads the query or the body. Queries, ids and bodies here are invalid or name nothing, so that
 * an endpoint that let a request through would answer 400 or 404, never the 401 or 403 expected here.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class StaffEndpointsAccessTest {

    private static final String CAMPAIGNER = "campaigner";
    private static final String ADMIN = "admin";
    private static final String APPROVER = "approver";

    /** Endpoints that need no token by design: the link in every update email. */
    private static final Set<String> PUBLIC = Set.of("GET /unsubscribe", "POST /unsubscribe");

    @Inject
    AddressHasher hasher;

    @Inject
    UnsubscribeTokens unsubscribeTokens;

    /** One staff endpoint: its path as JAX-RS declares it (plus a query), and who may call it. */
    record Endpoint(String method, String template, String query, List<String> roles) {

        String path() {
            return template.replace("{id}", UUID.randomUUID().toString()) + query;
        }

        boolean sendsBody() {
            return method.equals("POST");
        }

        @Override
        public String toString() {
            return method + " " + template + query;
        }
    }

    static Stream<Endpoint> staffEndpoints() {
        return Stream.of(
                new Endpoint("GET", "/api/notifications/emails", "?status=LOST&size=100000",
                        List.of(CAMPAIGNER, ADMIN)),
                new Endpoint("POST", "/api/notifications/emails/{id}/resend", "", List.of(CAMPAIGNER, ADMIN)),
                new Endpoint("POST", "/api/notifications/bounces", "", List.of(ADMIN)),
                new Endpoint("GET", "/api/notifications/stats", "?petitionId=not-a-uuid",
                        List.of(CAMPAIGNER, APPROVER, ADMIN)),
                new Endpoint("GET", "/api/notifications/suppression-list", "", List.of(CAMPAIGNER, APPROVER, ADMIN)),
                new Endpoint("GET", "/api/audit/notifications", "?size=0", List.of(CAMPAIGNER, APPROVER, ADMIN)));
    }

    static Stream<Endpoint> staffEndpointsWithABody() {
        return staffEndpoints().filter(Endpoint::sendsBody);
    }

    static Stream<Arguments> staffEndpointsWithRefusedTokens() {
        return staffEndpoints().flatMap(e -> Arrays.stream(RefusedToken.values()).map(t -> Arguments.of(e, t)));
    }

    static Stream<Arguments> staffEndpointsWithTheirRoles() {
        return staffEndpoints().flatMap(e -> e.roles().stream().map(role -> Arguments.of(e, role)));
    }

    static Stream<Arguments> staffEndpointsWithOtherRoles() {
        return staffEndpoints().flatMap(e -> KeycloakTokens.REALM_ROLES.stream()
                .filter(role -> !e.roles().contains(role)).map(role -> Arguments.of(e, role)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staffEndpoints")
    void withoutATokenEveryStaffEndpointIs401ProblemJson(Endpoint endpoint) {
        send(given(), endpoint, "{}").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    /** The body is read only after the token is checked: an unreadable one does not turn the 401 into a 400. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("staffEndpointsWithABody")
    void withoutATokenAnUnreadableBodyIsStill401(Endpoint endpoint) {
        send(given(), endpoint, "{\"unfinished\": ").then().statusCode(401)
                .body("type", equalTo("/problems/unauthorized"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("staffEndpointsWithRefusedTokens")
    void aTokenThatCannotBeTrustedIs401ProblemJsonWhateverRoleItClaims(Endpoint endpoint, RefusedToken token) {
        String[] roles = endpoint.roles().toArray(String[]::new);
        send(given().auth().oauth2(token.withRealmRoles(roles)), endpoint, "{}").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("staffEndpointsWithOtherRoles")
    void aValidTokenWithoutTheEndpointsRoleIs403ProblemJson(Endpoint endpoint, String role) {
        send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role)), endpoint, "{}").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    /** The control for the tests above: a sound token with the endpoint's role gets in (to meet a 400 or 404). */
    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("staffEndpointsWithTheirRoles")
    void aValidTokenWithTheEndpointsRoleGetsPastTheDoor(Endpoint endpoint, String role) {
        int status = send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role)), endpoint, "{}").statusCode();
        assertThat(endpoint + " as " + role, status, not(is(oneOf(401, 403))));
    }

    @Test
    void theUnsubscribePageNeedsNoToken() {
        String token = unsubscribeTokens.tokenFor(hasher.hash("nobody-" + UUID.randomUUID() + "@example.org"));
        given().queryParam("token", token).when().get("/unsubscribe")
                .then().statusCode(200)
                .contentType(containsString("text/html"));
    }

    /** A new endpoint fails here until it has a row above, or is declared public. */
    @Test
    void theTableNamesEveryEndpointTheServiceServes() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(Set.of("get", "put", "post", "delete", "patch")::contains)
                .forEach(method -> served.add(method.toUpperCase() + " " + path)));
        Set<String> known = new TreeSet<>(PUBLIC);
        staffEndpoints().forEach(e -> known.add(e.method() + " " + e.template()));
        assertEquals(known, served);
    }

    private static Response send(RequestSpecification request, Endpoint endpoint, String body) {
        RequestSpecification r = request.accept(ContentType.JSON);
        if (endpoint.sendsBody()) {
            r = r.contentType(ContentType.JSON).body(body);
        }
        return r.request(endpoint.method(), endpoint.path());
    }
}
