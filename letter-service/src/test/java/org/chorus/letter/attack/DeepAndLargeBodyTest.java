package org.chorus.letter.attack;

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
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.vertx.core.json.JsonObject;

/**
 * Bodies built to hurt a JSON parser, sent straight to the service (past the gateway): nested tens of thousands of
 * levels deep within the size limit, and larger than the limit. Each endpoint that takes a body answers 400
 * problem+json (Jackson refuses JSON nested deeper than its StreamReadConstraints allow, 1000 levels, also where it
 * skips an unknown field) or 413 problem+json (from the declared length, before the body is read, or once a chunked
 * body grows past the limit), never 500. The body is read before any id is looked up, so the ids name nothing.
 * (java.net.http rather than REST Assured, which would pretty-print such a body into gigabytes when a check fails.)
 */
@QuarkusTest
@TestSecurity(user = "cara", roles = { "campaigner", "approver" })
class DeepAndLargeBodyTest {

    /** quarkus.http.limits.max-body-size */
    private static final int LIMIT = 64 * 1024;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static final List<String> ENDPOINTS = List.of(
            "POST /api/letters/batches",
            "POST /api/letters/batches/" + UUID.randomUUID() + "/letters/" + UUID.randomUUID() + "/replies",
            "POST /api/letters/targets",
            "PUT /api/letters/targets/" + UUID.randomUUID(),
            "PUT /api/letters/groups/some-group",
            "POST /api/letters/council-terms",
            "PUT /api/letters/templates/some-petition/en");

    @TestHTTPResource("/")
    URI root;

    /** Within the size limit: about 30,000 levels of arrays, 10,000 of objects. */
    @Test
    void deeplyNestedJsonIsABadRequest() throws Exception {
        int arrays = (LIMIT - 1000) / 2;
        int objects = (LIMIT - 1000) / 6;
        List<String> bodies = List.of(
                "[".repeat(arrays) + "]".repeat(arrays),
                "{\"name\":" + "[".repeat(arrays - 10) + "]".repeat(arrays - 10) + "}",
                // an unknown field is skipped, and skipping reads every level too
                "{\"unknown\":" + "{\"a\":".repeat(objects) + "1" + "}".repeat(objects) + "}");
        for (String endpoint : ENDPOINTS) {
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
        for (String endpoint : ENDPOINTS) {
            HttpResponse<String> response = stream(endpoint, body);
            assertTooLarge(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), endpoint);
        }
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsTooLarge() throws Exception {
        for (String endpoint : ENDPOINTS) {
            Answer answer = declare(endpoint, LIMIT + 1);
            assertTooLarge(answer.status(), answer.contentType(), answer.body(), endpoint);
        }
    }

    /** A chunked body within the limit is read whole and handled as if its length had been declared. */
    @Test
    void streamedBodyWithinTheLimitIsRead() throws Exception {
        HttpResponse<String> response = stream("POST /api/letters/batches", "{}");

        assertEquals(400, response.statusCode());
        JsonObject problem = new JsonObject(response.body());
        assertEquals("petition", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
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

    private HttpResponse<String> send(String endpoint, String body) throws IOException, InterruptedException {
        String[] methodAndPath = endpoint.split(" ");
        HttpRequest request = HttpRequest.newBuilder(root.resolve(methodAndPath[1]))
                .header("Content-Type", "application/json")
                // within the limit, the service answers 100 Continue and reads the body
                .expectContinue(true)
                .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A body from an InputStream has no declared length: it goes out chunked. */
    private HttpResponse<String> stream(String endpoint, String body) throws IOException, InterruptedException {
        String[] methodAndPath = endpoint.split(" ");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(root.resolve(methodAndPath[1]))
                .header("Content-Type", "application/json")
                .method(methodAndPath[0],
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    record Answer(int status, String contentType, String body) {
    }

    /**
     * Sends the head alone, declaring the length and waiting for 100 Continue, over a plain socket: java.net.http of
     * Java 17 drops the body of a final answer to Expect: 100-continue, then waits for it forever. Reads to the end,
     * which also checks that the service closes the connection, whose unread body could not carry another request.
     */
    private Answer declare(String endpoint, int length) throws IOException {
        String[] methodAndPath = endpoint.split(" ");
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            String head = methodAndPath[0] + " " + methodAndPath[1] + " HTTP/1.1\r\nHost: " + root.getAuthority()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = answer.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Answer(Integer.parseInt(answer.substring(9, 12)), contentType,
                    answer.substring(answer.indexOf("\r\n\r\n") + 4));
        }
    }
}
