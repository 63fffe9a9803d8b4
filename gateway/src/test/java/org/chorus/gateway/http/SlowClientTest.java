package org.chorus.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.chorus.gateway.support.StandInServices;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A client that stops sending in the middle of a request loses its connection after quarkus.http.idle-timeout (2 s
 * here, so that the test is quick), instead of holding it for Quarkus' default 30 minutes.
 */
@QuarkusTest
@TestProfile(SlowClientTest.ShortIdleTimeout.class)
@WithTestResource(value = StandInServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlowClientTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);

    /** Long enough for a busy 2-core machine, far below what the default idle timeout would give. */
    private static final Duration GRACE = Duration.ofSeconds(4);

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", IDLE_TIMEOUT.toSeconds() + "s");
        }
    }

    /** When the gateway closed the connection, counted from the end of the client's first write. */
    private record Closed(Duration after, String received) {
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void clientThatSendsNothingIsDisconnected() throws Exception {
        assertClosedWithoutAnswer(closeOf("", false));
    }

    @Test
    void clientThatStopsInTheRequestLineIsDisconnected() throws Exception {
        assertClosedWithoutAnswer(closeOf("GET /api/petitions/myanmar-arms", false));
    }

    @Test
    void clientThatStopsInTheHeadersIsDisconnected() throws Exception {
        assertClosedWithoutAnswer(closeOf("GET /p/myanmar-arms-embargo HTTP/1.1\r\nHost: localhost\r\nAcc", false));
    }

    /**
     * Vert.x watches for idleness behind its HTTP decoder: bytes that do not complete a request head are no sign of
     * life, so the idle timeout also bounds the time a client may take to send a whole head.
     */
    @Test
    void clientThatTricklesItsHeadersIsDisconnectedAllTheSame() throws Exception {
        assertClosedWithoutAnswer(closeOf("GET /p/myanmar-arms-embargo HTTP/1.1\r\nHost: localhost\r\nX-Slow: ", true));
    }

    @Test
    void clientThatStopsInTheBodyIsDisconnected() throws Exception {
        assertClosedAfterIdleTimeout(closeOf("""
                POST /api/petitions/myanmar-arms-embargo/signatures HTTP/1.1\r
                Host: localhost\r
                Content-Type: application/json\r
                Content-Length: 100\r
                \r
                {"name":""", false));
    }

    private static void assertClosedWithoutAnswer(Closed closed) {
        assertClosedAfterIdleTimeout(closed);
        assertEquals("", closed.received());
    }

    private static void assertClosedAfterIdleTimeout(Closed closed) {
        assertNotNull(closed.after(), "the gateway still holds the connection; it sent: " + closed.received());
        assertTrue(closed.after().compareTo(IDLE_TIMEOUT.minusMillis(500)) >= 0,
                "closed after " + closed.after().toMillis() + " ms, before the idle timeout: " + closed.received());
        assertTrue(closed.after().compareTo(IDLE_TIMEOUT.plus(GRACE)) <= 0,
                "closed only after " + closed.after().toMillis() + " ms");
    }

    /** Sends the start of a request, then nothing (or, trickling, a byte now and then), until the gateway closes. */
    private Closed closeOf(String start, boolean trickle) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout((int) IDLE_TIMEOUT.plus(GRACE).multipliedBy(2).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long sent = System.nanoTime();
            CompletableFuture<Closed> closed = CompletableFuture.supplyAsync(() -> readUntilClosed(socket, sent));
            while (trickle && !closed.isDone()) {
                Thread.sleep(IDLE_TIMEOUT.toMillis() / 4);
                try {
                    out.write('x');
                    out.flush();
                } catch (IOException closedMeanwhile) {
                    break;
                }
            }
            return closed.get();
        }
    }

    private static Closed readUntilClosed(Socket socket, long sent) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        try {
            InputStream in = socket.getInputStream();
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                received.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException stillOpen) {
            return new Closed(null, received.toString(StandardCharsets.US_ASCII));
        } catch (SocketException reset) {
            // closed with a reset rather than a FIN: closed all the same
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Closed(Duration.ofNanos(System.nanoTime() - sent), received.toString(StandardCharsets.US_ASCII));
    }
}
