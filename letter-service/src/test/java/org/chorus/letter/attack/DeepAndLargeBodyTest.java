package org.chorus.letter.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
 * skips an unknown field) or 413 (Vert.x, from the declared length, before the body is read), never 500. The body is
 * read before any id is looked up, so the ids name nothing. (java.net.http rather than REST Assured, which would
 * pretty-print such a body into gigabytes when a check fails.)
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

    @Test
    void nestingAHundredThousandLevelsIsTooLarge() throws Exception {
        String body = "[".repeat(100_000) + "]".repeat(100_000);
        for (String endpoint : ENDPOINTS) {
            assertEquals(413, send(endpoint, body).statusCode(), endpoint);
        }
    }

    @Test
    void bodyLargerThanTheLimitIsTooLarge() throws Exception {
        String body = "{\"name\":\"" + "x".repeat(LIMIT) + "\"}";
        for (String endpoint : ENDPOINTS) {
            assertEquals(413, send(endpoint, body).statusCode(), endpoint);
        }
    }

    private HttpResponse<String> send(String endpoint, String body) throws IOException, InterruptedException {
        String[] methodAndPath = endpoint.split(" ");
        HttpRequest request = HttpRequest.newBuilder(root.resolve(methodAndPath[1]))
                .header("Content-Type", "application/json")
                // the service may answer 413 from the declared length, before the body is sent
                .expectContinue(true)
                .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
