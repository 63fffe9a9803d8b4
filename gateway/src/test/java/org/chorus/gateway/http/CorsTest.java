package org.chorus.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.chorus.gateway.support.InjectStandIns;
import org.chorus.gateway.support.StandInServices;
import org.chorus.gateway.support.StandIns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;

/**
 * CORS for partners' pages, against the stand-in petition-service's partner registry (StandIns.PARTNER_ORIGINS):
 * demo-partner at http://localhost:8090 and http://127.0.0.1:8090, news at https://news.example.org.
 */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CorsTest {

    private static final String PARTNER_PAGE = "http://localhost:8090";

    @InjectStandIns
    StandIns standIns;

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest
    @CsvSource({
            "GET, /api/petitions/myanmar-arms-embargo",
            "GET, /api/petitions/myanmar-arms-embargo/tally",
            "POST, /api/petitions/myanmar-arms-embargo/signatures" })
    void aRegisteredOriginMayReadAndSign(String method, String path) {
        given().header("Origin", PARTNER_PAGE).when().request(method, path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", PARTNER_PAGE)
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", "https://news.example.org").when().request(method, path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://news.example.org");
    }

    @Test
    void theTallyStreamIsOpenToARegisteredOriginToo() throws Exception {
        String marker = "cors-stream";
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        root.resolve("/api/petitions/myanmar-arms-embargo/tally/stream?marker=" + marker))
                        .header("Origin", PARTNER_PAGE).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try {
            assertEquals(200, response.statusCode());
            assertEquals(List.of(PARTNER_PAGE), response.headers().allValues("Access-Control-Allow-Origin"));
        } finally {
            standIns.petition().releaseStream(marker);
            response.body().close();
        }
    }

    @Test
    void aPreflightFromARegisteredOriginIsAnsweredByTheGateway() {
        given().header("Origin", PARTNER_PAGE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/api/petitions/myanmar-arms-embargo/signatures?marker=preflight-ok")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", PARTNER_PAGE)
                .header("Access-Control-Allow-Methods", "POST")
                .header("Access-Control-Allow-Headers", "Content-Type")
                .header("Access-Control-Max-Age", "600")
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", PARTNER_PAGE).header("Access-Control-Request-Method", "GET")
                .when().options("/api/petitions/myanmar-arms-embargo/tally")
                .then().statusCode(204)
                .header("Access-Control-Allow-Methods", "GET, HEAD");
        assertEquals(List.of(), standIns.seen("preflight-ok"), "answered at the gateway");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example.org", "http://localhost:8091", "https://news.example.org:8443",
            "null", "*", "HTTP://LOCALHOST:8090" })
    void anyOtherOriginGetsNoCorsHeaders(String origin) {
        Response answer = given().header("Origin", origin).when().get("/api/petitions/myanmar-arms-embargo");
        assertEquals(200, answer.statusCode());
        assertNoCorsHeaders(answer);
        Response preflight = given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .when().options("/api/petitions/myanmar-arms-embargo/signatures");
        assertEquals(403, preflight.statusCode());
        assertEquals("application/problem+json", preflight.contentType());
        assertNoCorsHeaders(preflight);
    }

    @Test
    void aMethodTheApiDoesNotOpenIsRefusedEvenToARegisteredOrigin() {
        Response preflight = given().header("Origin", PARTNER_PAGE).header("Access-Control-Request-Method", "PUT")
                .when().options("/api/petitions/myanmar-arms-embargo");
        assertEquals(403, preflight.statusCode());
        assertNoCorsHeaders(preflight);
        assertNoCorsHeaders(given().header("Origin", PARTNER_PAGE)
                .when().post("/api/petitions/myanmar-arms-embargo/tally"));
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /api/petitions",
            "GET, /api/petitions/myanmar-arms-embargo/signatures",
            "POST, /api/petitions/myanmar-arms-embargo/publish",
            "GET, /api/partners/demo-partner/stats",
            "GET, /api/partner/tally",
            "GET, /api/letters/batches",
            "POST, /api/signatures/confirm",
            "POST, /api/signatures/withdraw",
            "GET, /p/myanmar-arms-embargo",
            "GET, /embed/myanmar-arms-embargo",
            "GET, /widget.js" })
    void staffPartnerAndOtherPathsNeverGetCorsHeaders(String method, String path) {
        assertNoCorsHeaders(given().header("Origin", PARTNER_PAGE).when().request(method, path));
        assertNoCorsHeaders(given().header("Origin", PARTNER_PAGE).header("Access-Control-Request-Method", method)
                .when().options(path));
    }

    @Test
    void whatAServiceSaysAboutCorsNeverLeavesTheGateway() {
        assertNoCorsHeaders(given().header("Origin", PARTNER_PAGE).header("X-Stand-In-Cors", "true")
                .when().get("/p/myanmar-arms-embargo"));
        assertNoCorsHeaders(given().header("Origin", "https://evil.example.org").header("X-Stand-In-Cors", "true")
                .when().get("/api/petitions/myanmar-arms-embargo"));
        Response open = given().header("Origin", PARTNER_PAGE).header("X-Stand-In-Cors", "true")
                .when().get("/api/petitions/myanmar-arms-embargo");
        assertEquals(PARTNER_PAGE, open.header("Access-Control-Allow-Origin"), "never the service's *");
        assertEquals(null, open.header("Access-Control-Allow-Credentials"));
    }

    @Test
    void theRegistryIsReadAgainAndKeptWhilePetitionServiceIsDown() {
        String later = "https://later.example.org";
        assertFalse(allowed(later));
        standIns.petition().servePartnerOrigins(StandIns.PARTNER_ORIGINS.copy()
                .put("later", new JsonArray().add(later)));
        try {
            await(() -> allowed(later), "a partner registered later is let in");
            standIns.petition().stop();
            sleep(Duration.ofMillis(1500));   // three refreshes that find petition-service down
            assertTrue(allowed(later), "kept while petition-service is down");
            assertTrue(allowed(PARTNER_PAGE));
        } finally {
            standIns.petition().restart();
            standIns.petition().servePartnerOrigins(StandIns.PARTNER_ORIGINS);
        }
        await(() -> !allowed(later), "a partner no longer registered is let out");
        assertTrue(allowed(PARTNER_PAGE));
    }

    /**
     * Staff replaced a partner's origins in petition-service (PUT /api/partners/{slug}/origins): at the next refresh
     * the new one is let in and the old one out.
     */
    @Test
    void aPartnersChangedOriginsReplaceItsOldOnesAtTheNextRefresh() {
        String old = "https://news.example.org";
        String moved = "https://news.example.net";
        assertTrue(allowed(old));
        standIns.petition().servePartnerOrigins(StandIns.PARTNER_ORIGINS.copy()
                .put("news", new JsonArray().add(moved)));
        try {
            await(() -> allowed(moved), "the partner's new origin is let in");
            assertFalse(allowed(old), "its old origin is let out");
            assertTrue(allowed(PARTNER_PAGE), "another partner's stays");
        } finally {
            standIns.petition().servePartnerOrigins(StandIns.PARTNER_ORIGINS);
        }
        await(() -> allowed(old), "the registry as it was");
    }

    @Test
    void theInternalRegistryIsNotReachableThroughTheGateway() {
        for (String path : List.of("/internal/partner-origins?marker=internal-1", "/internal?marker=internal-2",
                "/internal/anything?marker=internal-3")) {
            given().header("Origin", PARTNER_PAGE).when().get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .header("X-Served-By", nullValue())
                    .body("status", equalTo(404));
        }
        assertEquals(List.of(), standIns.seen("marker=internal"));
    }

    private static boolean allowed(String origin) {
        return origin.equals(given().header("Origin", origin).when().get("/api/petitions/myanmar-arms-embargo")
                .header("Access-Control-Allow-Origin"));
    }

    private static void assertNoCorsHeaders(Response response) {
        response.headers().asList().forEach(header -> assertFalse(
                header.getName().toLowerCase().startsWith("access-control-"), "CORS header " + header));
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
