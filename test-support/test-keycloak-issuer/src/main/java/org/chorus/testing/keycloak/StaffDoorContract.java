package org.chorus.testing.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * "One front door": a service checks every staff request's Keycloak token itself, whatever the gateway did, and
 * before it reads the query or the body. A service's test extends this with the table of its staff endpoints and who
 * may call each. Ids name nothing and bodies are invalid, so that an endpoint that let a request through would answer
 * 400 or 404, never the 401 or 403 expected here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StaffDoorContract {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    /** Every staff endpoint the service serves, with who may call it. */
    protected abstract List<StaffEndpoint> staffEndpoints();

    /**
     * The service's other endpoints, as "METHOD /template": those that need no token by design, and those that other
     * tests check (a partner's, for one).
     */
    protected abstract Set<String> otherEndpoints();

    /** The value a path placeholder takes: a random id unless the service names something else. */
    protected String valueOf(String placeholder) {
        return UUID.randomUUID().toString();
    }

    Stream<StaffEndpoint> endpoints() {
        return staffEndpoints().stream();
    }

    Stream<StaffEndpoint> endpointsWithABody() {
        return endpoints().filter(StaffEndpoint::sendsBody);
    }

    Stream<Arguments> endpointsWithRefusedTokens() {
        return endpoints().flatMap(e -> Arrays.stream(RefusedToken.values()).map(t -> Arguments.of(e, t)));
    }

    Stream<Arguments> endpointsWithTheirRoles() {
        return endpoints().flatMap(e -> e.roles().stream().map(role -> Arguments.of(e, role)));
    }

    Stream<Arguments> endpointsWithOtherRoles() {
        return endpoints().flatMap(e -> KeycloakTokens.REALM_ROLES.stream()
                .filter(role -> !e.roles().contains(role)).map(role -> Arguments.of(e, role)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenEveryStaffEndpointIs401ProblemJson(StaffEndpoint endpoint) {
        send(given(), endpoint, "{}").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    /** The body is read only after the token is checked: an unreadable one does not turn the 401 into a 400. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsWithABody")
    void withoutATokenAnUnreadableBodyIsStill401(StaffEndpoint endpoint) {
        send(given(), endpoint, "{\"unfinished\": ").then().statusCode(401)
                .body("type", equalTo("/problems/unauthorized"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("endpointsWithRefusedTokens")
    void aTokenThatCannotBeTrustedIs401ProblemJsonWhateverRoleItClaims(StaffEndpoint endpoint, RefusedToken token) {
        String[] roles = endpoint.roles().toArray(String[]::new);
        send(given().auth().oauth2(token.withRealmRoles(roles)), endpoint, "{}").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("endpointsWithOtherRoles")
    void aValidTokenWithoutTheEndpointsRoleIs403ProblemJson(StaffEndpoint endpoint, String role) {
        send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role)), endpoint, "{}").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    /** The control for the tests above: a sound token with the endpoint's role gets in (to meet a 400 or 404). */
    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("endpointsWithTheirRoles")
    void aValidTokenWithTheEndpointsRoleGetsPastTheDoor(StaffEndpoint endpoint, String role) {
        int status = send(given().auth().oauth2(KeycloakTokens.withRealmRoles(role)), endpoint, "{}").statusCode();
        assertThat(endpoint + " as " + role, status, not(is(oneOf(401, 403))));
    }

    /** A new endpoint fails here until it has a row in the table, or is among the others. */
    @Test
    void theTableNamesEveryEndpointTheServiceServes() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(Set.of("get", "put", "post", "delete", "patch")::contains)
                .forEach(method -> served.add(method.toUpperCase() + " " + path)));
        Set<String> known = new TreeSet<>(otherEndpoints());
        endpoints().forEach(e -> known.add(e.method() + " " + e.template()));
        assertEquals(known, served);
    }

    private Response send(RequestSpecification request, StaffEndpoint endpoint, String body) {
        RequestSpecification r = request.accept(endpoint.accept());
        if (endpoint.sendsBody()) {
            r = r.contentType(ContentType.JSON).body(body);
        }
        return r.request(endpoint.method(), path(endpoint));
    }

    private String path(StaffEndpoint endpoint) {
        Matcher placeholders = PLACEHOLDER.matcher(endpoint.template());
        StringBuilder path = new StringBuilder();
        while (placeholders.find()) {
            placeholders.appendReplacement(path, Matcher.quoteReplacement(valueOf(placeholders.group(1))));
        }
        return placeholders.appendTail(path).append(endpoint.query()).toString();
    }
}
