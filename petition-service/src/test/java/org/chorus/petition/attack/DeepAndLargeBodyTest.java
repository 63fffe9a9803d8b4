package org.chorus.petition.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

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
 * or 413 (Vert.x, from the declared length, before the body is read), never 500. (java.net.http rather than REST Assured, which would pretty-print such a body into gigabytes when a
 * check fails.)
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

    @Test
    void nestingAHundredThousandLevelsIsTooLarge() throws Exception {
        String body = "[".repeat(100_000) + "]".repeat(100_000);
        for (Endpoint endpoint : endpoints()) {
            assertEquals(413, send(endpoint, body).statusCode(), endpoint.toString());
        }
    }

    @Test
    void bodyLargerThanTheLimitIsTooLarge() throws Exception {
        String body = "{\"name\":\"" + "x".repeat(LIMIT) + "\"}";
        for (Endpoint endpoint : endpoints()) {
            assertEquals(413, send(endpoint, body).statusCode(), endpoint.toString());
        }
    }

    private HttpResponse<String> send(Endpoint endpoint, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(endpoint.path()))
                .header("Content-Type", "application/json")
                // the service may answer 413 from the declared length, before the body is sent
                .expectContinue(true)
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
        if (endpoint.staff()) {
            request.header("Authorization", "Bearer " + KeycloakTokens.withRealmRoles("campaigner"));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
