package org.chorus.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
    /** A registered partner's page (StandIns.PARTNER_ORIGINS). */
    private static final String PARTNER_PAGE = "http://localhost:8090";

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
        awaitPartnerOrigin();
        // The head alone, declaring the length and waiting for 100 Continue: the gateway answers from the declared
        // length before the body is sent. (Without Expect, the early answer can race the client still writing: a
        // broken pipe, not a 413.) Over a plain socket, because java.net.http of Java 17 drops the body of a final
        // answer to Expect: 100-continue and then waits for it forever.
        Answer answer = raw("POST /api/petitions/myanmar-arms-embargo/signatures?marker=" + marker + " HTTP/1.1\r\n"
                + "Host: " + root.getAuthority() + "\r\n"
                + "Origin: " + PARTNER_PAGE + "\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "Content-Length: " + (LIMIT + 1) + "\r\n"
                + "Expect: 100-continue\r\n\r\n");

        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.headers().get("content-type"));
        JsonObject problem = new JsonObject(answer.body());
        assertEquals(413, problem.getInteger("status"));
        assertEquals("The request body is larger than the gateway accepts.", problem.getString("detail"));
        assertEquals(PARTNER_PAGE, answer.headers().get("access-control-allow-origin"),
                "a partner's page can read why");
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

    /** The gateway reads the partners' origins from petition-service just after it starts. */
    private static void awaitPartnerOrigin() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (given().header("Origin", PARTNER_PAGE).when().get("/api/petitions/myanmar-arms-embargo")
                .header("Access-Control-Allow-Origin") == null) {
            assertTrue(System.nanoTime() < deadline, "the gateway knows the partner's origin");
            Thread.sleep(100);
        }
    }

    record Answer(int status, Map<String, String> headers, String body) {
    }

    /** Reads to the end, which also checks that the gateway closes the connection whose body it did not read. */
    private Answer raw(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            Map<String, String> headers = answer.substring(0, headEnd).lines().skip(1)
                    .map(line -> line.split(":", 2))
                    .collect(Collectors.toMap(h -> h[0].trim().toLowerCase(Locale.ROOT), h -> h[1].trim(),
                            (first, again) -> first));
            return new Answer(Integer.parseInt(answer.substring(9, 12)), headers, answer.substring(headEnd + 4));
        }
    }
}
