package org.chorus.letter;

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
import java.util.stream.Stream;

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
 * "One front door": letter-service checks every staff request's Keycloak token itself, whatever the gateway did,
 * and before it reads the body or looks anything up. Ids name nothing and bodies are invalid, so that an endpoint
 * that let a request through would answer 400 or 404, never the 401 or 403 expected here.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class StaffEndpointsAccessTest {

    private static final List<String> CAMPAIGNER = List.of("campaigner");
    private static final List<String> APPROVER = List.of("approver");
    /** Who may read batches and letters: the people who write them and the people who approve them. */
    private static final List<String> STAFF = List.of("campaigner", "approver");
    /** Who may read the audit trail: every staff role. */
    private static final List<String> ANY_STAFF = List.of("campaigner", "approver", "admin");
    private static final String PREVIEW = "/api/letters/templates/{petitionSlug}/{locale}/preview";
    private static final String PDF = "application/pdf";
    private static final String HTML = "text/html";
    private static final String JSON = "application/json";

    /** Endpoints that need no token by design. */
    private static final Set<String> PUBLIC = Set.of("GET /api/letters/batches/{id}/receipts/{signatureId}");

    /** One staff endpoint: its path as JAX-RS declares it (plus a query), what the caller accepts, who may call it. */
    record Endpoint(String method, String template, String query, String accept, List<String> roles) {

        String path() {
            return template.replace("{id}", UUID.randomUUID().toString())
                    .replace("{letterId}", UUID.randomUUID().toString())
                    .replace("{petitionSlug}", "myanmar-arms-embargo").replace("{slug}", "myanmar-arms-embargo")
                    .replace("{locale}", "fr") + query;
        }

        boolean sendsBody() {
            return method.equals("POST") || method.equals("PUT");
        }

        @Override
        public String toString() {
            return method + " " + template + query + " (" + accept + ")";
        }
    }

    static Stream<Endpoint> staffEndpoints() {
        return Stream.of(
                new Endpoint("GET", "/api/letters/targets", "?group=unsc&on=2026-11-28", JSON, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/targets/{id}", "", JSON, CAMPAIGNER),
                new Endpoint("POST", "/api/letters/targets", "", JSON, CAMPAIGNER),
                new Endpoint("PUT", "/api/letters/targets/{id}", "", JSON, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/council-terms", "", JSON, CAMPAIGNER),
                new Endpoint("POST", "/api/letters/council-terms", "", JSON, CAMPAIGNER),
                new Endpoint("DELETE", "/api/letters/council-terms/{id}", "", JSON, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/groups", "", JSON, CAMPAIGNER),
                new Endpoint("PUT", "/api/letters/groups/{slug}", "", JSON, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/templates/{petitionSlug}/{locale}", "", JSON, CAMPAIGNER),
                new Endpoint("PUT", "/api/letters/templates/{petitionSlug}/{locale}", "", JSON, CAMPAIGNER),
                new Endpoint("POST", "/api/letters/templates/{petitionSlug}/{locale}/review", "", JSON, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/templates/{petitionSlug}", "", JSON, STAFF),
                new Endpoint("GET", PREVIEW, "?target=FR", JSON, CAMPAIGNER),
                new Endpoint("GET", PREVIEW, "?target=FR", HTML, CAMPAIGNER),
                new Endpoint("POST", PREVIEW, "?target=FR", JSON, CAMPAIGNER),
                new Endpoint("POST", PREVIEW, "?target=FR", HTML, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/petitions/{slug}/signatories/summary", "", JSON, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/petitions/{slug}/signatories/names", "?targetGroup=unsc", JSON,
                        CAMPAIGNER),
                new Endpoint("POST", "/api/letters/batches", "", JSON, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/batches", "?status=AWAITING_APPROVAL", JSON, STAFF),
                new Endpoint("GET", "/api/letters/batches/{id}", "", JSON, STAFF),
                new Endpoint("GET", "/api/letters/batches/{id}/letters/{letterId}", "", HTML, STAFF),
                new Endpoint("GET", "/api/letters/batches/{id}/letters/{letterId}", "", PDF, STAFF),
                new Endpoint("POST", "/api/letters/batches/{id}/approve", "", JSON, APPROVER),
                new Endpoint("POST", "/api/letters/batches/{id}/dispatch", "", JSON, CAMPAIGNER),
                new Endpoint("POST", "/api/letters/batches/{id}/recipients/refresh", "", JSON, CAMPAIGNER),
                new Endpoint("POST", "/api/letters/batches/{id}/letters/{letterId}/replies", "", JSON, CAMPAIGNER),
                new Endpoint("GET", "/api/letters/batches/{id}/letters/{letterId}/replies", "", JSON, STAFF),
                new Endpoint("GET", "/api/audit/letters", "?size=0", JSON, ANY_STAFF));
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
    void aSignersReceiptNeedsNoToken() {
        given().when().get("/api/letters/batches/{id}/receipts/{signatureId}", UUID.randomUUID(), UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    /** A new endpoint fails here until it has a row above, or is declared public. */
    @Test
    void theTableNamesEveryEndpointTheServiceServes() {
        Map<String, Map<String, Object>> paths = given().accept(JSON).when().get("/q/openapi")
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
        RequestSpecification r = request.accept(endpoint.accept());
        if (endpoint.sendsBody()) {
            r = r.contentType(ContentType.JSON).body(body);
        }
        return r.request(endpoint.method(), endpoint.path());
    }
}
