package org.chorus.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * A chunked body (as the gateway forwards what a client streamed) is read up to quarkus.http.limits.max-body-size
 * before the service sees it: within the limit it signs as any other, beyond it the answer is a 413 problem, and a
 * refused body is no error in the log.
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
    void chunkedBodyOverTheLimitIsAProblem() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        // large enough that the client is still sending when the service answers
        HttpResponse<String> response = stream("/api/petitions/" + p.slug + "/signatures", "application/json",
                "{\"name\":\"" + "x".repeat(LIMIT * 16) + "\"}");

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("/problems/body-too-large", new JsonObject(response.body()).getString("type"));
        assertEquals(0, petitions.signatures(p.id));
    }

    @Test
    void aClientThatGivesUpOnItsRefusedBodyIsNoErrorInTheLog() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        String chunk = "x".repeat(LIMIT + 1);
        try (LogCapture log = LogCapture.start()) {
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                socket.setSoTimeout(10_000);
                String request = "POST /api/petitions/" + p.slug + "/signatures HTTP/1.1\r\nHost: " + root.getAuthority()
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n";
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = head(socket.getInputStream());
                assertTrue(head.startsWith("HTTP/1.1 413"), head);
            } // and gone, the body unfinished
            // give the closed connection a moment to be noticed, and logged, if it were
            Thread.sleep(500);
            assertEquals(List.of(), log.errors());
        }
    }

    /**
     * In HTTP/2 a body need not declare its length; such bodies are left to the service to read, and a request that
     * has ended is not waited for.
     */
    @Test
    void overHttp2RequestsWithAndWithoutABodyAreServed() throws Exception {
        Petition p = petitions.create(Petition.Status.OPEN);
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest read = HttpRequest.newBuilder(root.resolve("/api/petitions/" + p.slug))
                .timeout(Duration.ofSeconds(10)).build();
        // the first request upgrades the connection (h2c); the next ones go over HTTP/2
        assertEquals(200, http2.send(read, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> again = http2.send(read, HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, again.version());
        assertEquals(200, again.statusCode(), again.body());

        String signature = JsonObject.mapFrom(Signer.body(Signer.newEmail(), "MM")).encode();
        HttpResponse<String> signed = stream(http2, "/api/petitions/" + p.slug + "/signatures", "application/json",
                signature);
        assertEquals(HttpClient.Version.HTTP_2, signed.version());
        assertEquals(202, signed.statusCode(), signed.body());
        assertEquals(1, petitions.signatures(p.id));
    }

    /** The status line and headers of an answer. */
    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private HttpResponse<String> stream(String path, String contentType, String body) throws Exception {
        return stream(HTTP, path, contentType, body);
    }

    /** A body from an InputStream has no declared length: in HTTP/1.1 it goes out chunked. */
    private HttpResponse<String> stream(HttpClient client, String path, String contentType, String body)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
