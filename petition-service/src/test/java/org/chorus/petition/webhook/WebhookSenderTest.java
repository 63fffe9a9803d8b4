package org.chorus.petition.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.vertx.core.Vertx;

/**
 * The sender connects to the address WebhookTargets checked, never to what the URL's name might resolve to by then,
 * and sends the name as the Host header. Here the name resolves nowhere at all (there is no DNS to ask, and .test is
 * never delegated), so the call can only arrive by the checked address.
 */
class WebhookSenderTest {

    private static final String NAME = "partner.chorus.test";

    private final Vertx vertx = Vertx.vertx();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void theCallGoesToTheCheckedAddressWithTheUrlsNameAsHost() throws Exception {
        int port = startReceiver(204);
        WebhookSender sender = sender(new WebhookTarget(false, NAME, port, "/hooks/chorus?from=chorus",
                InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 })));

        WebhookSender.Outcome outcome = sender.send("http://" + NAME + ":" + port + "/hooks/chorus?from=chorus",
                "secret", UUID.randomUUID(), "{}");

        assertEquals(new WebhookSender.Outcome(204, null), outcome);
        assertEquals(List.of("POST /hooks/chorus?from=chorus Host: " + NAME + ":" + port), received);
    }

    @Test
    void aRedirectIsAnAnswerThatIsNotFollowed() throws Exception {
        int port = startReceiver(307);
        WebhookSender sender = sender(new WebhookTarget(false, NAME, port, "/hooks/chorus",
                InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 })));

        WebhookSender.Outcome outcome = sender.send("http://" + NAME + ":" + port + "/hooks/chorus", "secret",
                UUID.randomUUID(), "{}");

        assertEquals(new WebhookSender.Outcome(307, "status"), outcome);
        assertEquals(1, received.size());
    }

    /** Answers every call with {@code status}, pointing a redirect back at itself, and notes what it was asked. */
    private int startReceiver(int status) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " Host: "
                    + exchange.getRequestHeaders().getFirst("Host"));
            exchange.getResponseHeaders().add("Location", "/hooks/elsewhere");
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        return receiver.getAddress().getPort();
    }

    /** A sender whose every URL leads to {@code target}, as WebhookTargets would answer had it checked it. */
    private WebhookSender sender(WebhookTarget target) {
        WebhookTargets checked = new WebhookTargets(new WebhookTargets.Rules(true, Set.of()), name -> List.of()) {
            @Override
            public WebhookTarget target(String url) {
                return target;
            }
        };
        return new WebhookSender(checked, vertx, Duration.ofSeconds(2), Duration.ofSeconds(3), 2);
    }
}
