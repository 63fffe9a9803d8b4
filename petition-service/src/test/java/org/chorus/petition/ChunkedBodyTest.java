package org.chorus.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.chorus.petition.web.FormGuard;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * A body without a declared length (chunked, as the gateway forwards what a client streamed) is read up to
 * quarkus.http.limits.max-body-size before the service sees it: within the limit it signs as any other, beyond it the
 * answer is a 413 problem, and a refused body is no error in the log.
 */
@QuarkusTest
class ChunkedBodyTest {

    private static final int LIMIT = 64 * 1024;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @TestHTTPResource("/")
    URI root;

    @Test
    void chunkedSignatureIsAccepted() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        String body = JsonObject.mapFrom(Signer.body(Signer.newEmail(), "MM")).encode();

        HttpResponse<String> response = stream("/api/petitions/" + p.slug + "/signatures", "application/json", body);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(1, petitions.signatures(p.id));
    }

    @Test
    void chunkedSignFormIsAccepted() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        Map<String, Object> fields = SignForms.filled(guard, p.slug, "Daw Aye", Signer.newEmail());
        String body = fields.entrySet().stream()
                .map(f -> f.getKey() + "=" + URLEncoder.encode(String.valueOf(f.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        HttpResponse<String> response = stream("/p/" + p.slug, "application/x-www-form-urlencoded", body);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, petitions.signatures(p.id));
    }

    @Test
    void chunkedBodyOverTheLimitIsAProblemAndNoError() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        try (LogCapture log = LogCapture.start()) {
            // large enough that the client is still sending when the service answers and closes the connection
            HttpResponse<String> response = stream("/api/petitions/" + p.slug + "/signatures", "application/json",
                    "{\"name\":\"" + "x".repeat(LIMIT * 16) + "\"}");

            assertEquals(413, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals("/problems/body-too-large", new JsonObject(response.body()).getString("type"));
            // the service closes the connection after answering; give the closing a moment to be logged, if it were
            Thread.sleep(500);
            assertEquals(List.of(), log.errors());
        }
        assertEquals(0, petitions.signatures(p.id));
    }

    /** A body from an InputStream has no declared length: it goes out chunked. */
    private HttpResponse<String> stream(String path, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
