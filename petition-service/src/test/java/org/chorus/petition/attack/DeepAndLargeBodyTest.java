package org.chorus.petition.attack;

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
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.TestPetitions;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Bodies built to hurt a JSON parser, sent straight to the service (past the gateway): nested tens of thousands of
 * levels deep within the size limit, and larger than the limit. Each JSON endpoint answers 400 problem+json (Jackson
 * refuses JSON nested deeper than its StreamReadConstraints allow, 1000 levels, also where it skips an unknown field)
 * or 413 problem+json (from the declared length, before the body is read, or once a chunked body grows past the
 * limit), never 500. (java.net.http rather than REST Assured, which would pretty-print such a body into gigabytes when
 * a check fails.)
 */
@QuarkusTest
class DeepAndLargeBodyTest {

    /** quarkus.http.limits.max-body-size */
    private static final int LIMIT = 64 * 1024;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    TestPetitions petitions;

    @TestHTTPResource("/")
    URI root;

    record Endpoint(String method, String path, boolean staff) {
    }

    private List<Endpoint> endpoints() {
        String open = petitions.create(Petition.Status.OPEN).slug;
        String draft = petitions.create(Petition.Status.DRAFT).slug;
        return List.of(
                new Endpoint("POST", "/api/petitions/" + open + "/signatures", false),
                new Endpoint("POST", "/api/signatures/confirm", false),
                new Endpoint("POST", "/api/signatures/withdraw", false),
                new Endpoint("POST", "/api/petitions", true),
                new Endpoint("PUT", "/api/petitions/" + draft, true),
                new Endpoint("POST", "/api/petitions/" + open + "/signatures/invalidate", true));
    }

    /** Within the size limit: about 30,000 levels of arrays, 10,000 of objects. */
    @Test
    void deeplyNestedJsonIsAMalformedBody() throws Exception {
        int arrays = (LIMIT - 1000) / 2;
        int objects = (LIMIT - 1000) / 6;
        List<String> bodies = List.of(
                "[".repeat(arrays) + "]".repeat(arrays),
                "{\"name\":" + "[".repeat(arrays - 10) + "]".repeat(arrays - 10) + "}",
                // an unknown field is skipped, and skipping reads every level too
                "{\"unknown\":" + "{\"a\":".repeat(objects) + "1" + "}".repeat(objects) + "}");
        for (Endpoint endpoint : endpoints()) {
            for (String body : bodies) {
                HttpResponse<String> response = send(endpoint, body);
                String where = endpoint + " with " + body.substring(0, 12) + "...";
                assertEquals(400, response.statusCode(), where);
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), where);
                assertEquals(400, new JsonObject(response.body()).getInteger("status"), where);
            }
        }
    }

    /** Chunked, so that only reading it shows the size. */
    @Test
    void streamedNestingAHundredThousandLevelsIsTooLarge() throws Exception {
        String body = "[".repeat(100_000) + "]".repeat(100_000);
        for (Endpoint endpoint : endpoints()) {
            HttpResponse<String> response = stream(endpoint, body);
            assertTooLarge(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), endpoint.toString());
        }
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsTooLarge() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            Answer answer = raw(head(endpoint, "Content-Length: " + (LIMIT + 1), "Expect: 100-continue"));
            assertTooLarge(answer.status(), answer.contentType(), answer.body(), endpoint.toString());
        }
    }

    /** Vert.x reads a chunked body before the service does, and refuses what it cannot read, as problems too. */
    @Test
    void brokenChunkedBodyIsAMalformedBody() throws Exception {
        Endpoint sign = endpoints().get(0);
        Answer answer = raw(head(sign, "Transfer-Encoding: chunked") + "zz\r\n{}\r\n0\r\n\r\n");

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("/problems/malformed-body", new JsonObject(answer.body()).getString("type"));
    }

    @Test
    void chunkedBodyWithAnUnknownExpectationIsRefused() throws Exception {
        Endpoint sign = endpoints().get(0);
        Answer answer = raw(head(sign, "Transfer-Encoding: chunked", "Expect: something-else")
                + "2\r\n{}\r\n0\r\n\r\n");

        assertEquals(417, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(417, new JsonObject(answer.body()).getInteger("status"));
    }

    private static void assertTooLarge(int status, String contentType, String body, String where) {
        assertEquals(413, status, where);
        assertEquals("application/problem+json", contentType, where);
        JsonObject problem = new JsonObject(body);
        assertEquals("/problems/body-too-large", problem.getString("type"), where);
        assertEquals("Body too large", problem.getString("title"), where);
        assertEquals(413, problem.getInteger("status"), where);
        assertTrue(problem.getString("detail").contains("at most " + LIMIT + " bytes"), where);
    }

    private HttpResponse<String> send(Endpoint endpoint, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(endpoint.path()))
                .header("Content-Type", "application/json")
                // within the limit, the service answers 100 Continue and reads the body
                .expectContinue(true)
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(authorized(request, endpoint).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A body from an InputStream has no declared length: it goes out chunked. */
    private HttpResponse<String> stream(Endpoint endpoint, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(endpoint.path()))
                .header("Content-Type", "application/json")
                .method(endpoint.method(),
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        return HTTP.send(authorized(request, endpoint).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, Endpoint endpoint) {
        return endpoint.staff()
                ? request.header("Authorization", "Bearer " + KeycloakTokens.withRealmRoles("campaigner"))
                : request;
    }

    private String head(Endpoint endpoint, String... headers) {
        StringBuilder head = new StringBuilder(endpoint.method()).append(' ').append(endpoint.path())
                .append(" HTTP/1.1\r\nHost: ").append(root.getAuthority())
                .append("\r\nContent-Type: application/json\r\n");
        if (endpoint.staff()) {
            head.append("Authorization: Bearer ").append(KeycloakTokens.withRealmRoles("campaigner")).append("\r\n");
        }
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    record Answer(int status, String contentType, String body) {
    }

    /**
     * Over a plain socket: java.net.http of Java 17 drops the body of a final answer to Expect: 100-continue, then
     * waits for it forever, and cannot send a broken body. Reads to the end, which also checks that the service
     * closes the connection, whose unread body could not carry another request.
     */
    private Answer raw(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = answer.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Answer(Integer.parseInt(answer.substring(9, 12)), contentType,
                    answer.substring(answer.indexOf("\r\n\r\n") + 4));
        }
    }
}
