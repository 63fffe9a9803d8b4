package org.chorus.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Clients that start a streamed upload and stop sending are their own problem (408), not the service's: more of
 * them than the breaker's threshold (3 in the test profile, with a 1 s idle timeout) leave the circuit closed, and
 * signers still get through.
 */
@QuarkusTest
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StalledUploadTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void stalledUploadsAreTimedOutWithoutOpeningTheCircuit() throws IOException {
        for (int i = 0; i < 4; i++) {
            String answer = stalledChunkedSignature();
            assertTrue(answer.startsWith("HTTP/1.1 408"), "the stalled client is told: " + answer);
        }
        given().when().get("/api/petitions/myanmar").then().statusCode(200);
    }

    /** Sends the start of a chunked body, then nothing; returns the status line the gateway answers with. */
    private String stalledChunkedSignature() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/petitions/myanmar/signatures HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"nam\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) >= 0 && c != '\r';) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
