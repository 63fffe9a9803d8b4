package org.chorus.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.chorus.gateway.support.InjectStandIns;
import org.chorus.gateway.support.StandInServices;
import org.chorus.gateway.support.StandIns;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** quarkus.http.limits.max-body-size is 64K. */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BodyLimitTest {

    private static final int LIMIT = 64 * 1024;

    @InjectStandIns
    StandIns standIns;

    @TestHTTPResource("/")
    URI root;

    @Test
    void bodyAtTheLimitPasses() {
        given().body(new byte[LIMIT]).contentType("application/octet-stream")
                .when().post("/api/petitions/myanmar-arms-embargo/signatures")
                .then().statusCode(200)
                .body("body.length()", equalTo(LIMIT));
    }

    @Test
    void declaredOversizedBodyIsRejectedBeforeForwarding() throws Exception {
        String marker = UUID.randomUUID().toString();
        // Expect: 100-continue lets the gateway answer 413 from the declared length before the body is sent;
        // without it, the gateway's early answer can race the client still writing (a broken pipe, not a 413).
        HttpRequest request = HttpRequest.newBuilder(
                root.resolve("/api/petitions/myanmar-arms-embargo/signatures?marker=" + marker))
                .header("Content-Type", "application/octet-stream")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[LIMIT + 1]))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals(List.of(), standIns.seen(marker));
    }

    @Test
    void streamedOversizedBodyIsCutWithProblem() throws Exception {
        // A body from an InputStream has no Content-Length: it goes out chunked.
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/petitions/myanmar-arms-embargo/signatures"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[LIMIT * 2])))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(413, new JsonObject(response.body()).getInteger("status"));
    }

    @Test
    void streamedBodyUnderTheLimitPasses() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/petitions/myanmar-arms-embargo/signatures"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("x".repeat(1000).getBytes())))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        JsonObject echo = new JsonObject(response.body());
        assertEquals("x".repeat(1000), echo.getString("body"));
        assertEquals("chunked", echo.getJsonObject("headers").getString("transfer-encoding"));
    }
}
