package org.chorus.gateway.support;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in for one downstream service: it records what it receives and answers with an echo of it. Request headers
 * ask for other behaviour: {@code X-Stand-In-Status} (answer with that status), {@code X-Stand-In-Hang} (never
 * answer), {@code X-Stand-In-Frame} (allow framing itself), {@code X-Stand-In-Close-Once: <marker>} (close the
 * connection without an answer the first time that marker comes, as a service closing a kept-alive connection
 * does; answer normally after). A path ending in /tally/stream answers with an event
 * stream whose second event waits for {@link #releaseStream(String)}. A stand-in given a partner registry
 * ({@link #servePartnerOrigins(JsonObject)}) answers /internal/partner-origins with it, as petition-service does.
 * {@code X-Stand-In-Cors} makes it answer with the most open CORS headers there are, as a careless service might.
 */
public final class StandIn {

    private final String service;
    private final Vertx vertx;
    private final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
    private final Map<String, Promise<Void>> heldStreams = new ConcurrentHashMap<>();
    private final Map<String, Boolean> openStreams = new ConcurrentHashMap<>();
    private final Set<String> closedOnce = ConcurrentHashMap.newKeySet();
    private volatile JsonObject partnerOrigins;
    private volatile HttpServer server;
    private volatile int port;

    StandIn(String service, Vertx vertx) {
        this.service = service;
        this.vertx = vertx;
    }

    void start() {
        server = await(vertx.createHttpServer().requestHandler(this::handle).listen(port));
        port = server.actualPort();
    }

    /** Stops listening: connections are refused until {@link #restart()}. */
    public void stop() {
        await(server.close());
    }

    public void restart() {
        start();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The requests whose URI contains the marker. */
    public List<Seen> seen(String marker) {
        return seen.stream().filter(request -> request.uri().contains(marker)).toList();
    }

    /** From now on /internal/partner-origins answers {@code {"partners": partners}}. */
    public void servePartnerOrigins(JsonObject partners) {
        partnerOrigins = new JsonObject().put("partners", partners);
    }

    public boolean streamOpen(String marker) {
        return openStreams.getOrDefault(marker, false);
    }

    public void releaseStream(String marker) {
        heldStreams.computeIfAbsent(marker, key -> Promise.promise()).tryComplete();
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            Seen received = new Seen(service, request.method().name(), request.uri(), headersOf(request),
                    body.toString());
            seen.add(received);
            respond(request, received);
        });
    }

    private void respond(HttpServerRequest request, Seen received) {
        if (request.getHeader("X-Stand-In-Hang") != null) {
            return;
        }
        String closeOnce = request.getHeader("X-Stand-In-Close-Once");
        if (closeOnce != null && closedOnce.add(closeOnce)) {
            request.connection().close();
            return;
        }
        if (partnerOrigins != null && request.path().equals("/internal/partner-origins")) {
            request.response().putHeader("Content-Type", "application/json").end(partnerOrigins.encode());
            return;
        }
        if (request.path().endsWith("/tally/stream")) {
            stream(request, request.getParam("marker"));
            return;
        }
        String status = request.getHeader("X-Stand-In-Status");
        HttpServerResponse response = request.response()
                .setStatusCode(status == null ? 200 : Integer.parseInt(status))
                .putHeader("Content-Type", "application/json")
                .putHeader("X-Served-By", service);
        if (request.getHeader("X-Stand-In-Cors") != null) {
            response.putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Allow-Credentials", "true");
        }
        if (request.getHeader("X-Stand-In-Frame") != null) {
            response.putHeader("Content-Security-Policy", "frame-ancestors *");
        }
        response.end(new JsonObject()
                .put("service", received.service())
                .put("method", received.method())
                .put("uri", received.uri())
                .put("headers", new JsonObject(new java.util.HashMap<>(received.headers())))
                .put("body", received.body())
                .encode());
    }

    private void stream(HttpServerRequest request, String marker) {
        HttpServerResponse response = request.response()
                .setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache");
        openStreams.put(marker, true);
        response.write("data: first\n\n");
        heldStreams.computeIfAbsent(marker, key -> Promise.promise()).future().onComplete(ignored -> {
            response.end(Buffer.buffer("data: second\n\n"));
            openStreams.put(marker, false);
        });
    }

    private static Map<String, String> headersOf(HttpServerRequest request) {
        Map<String, String> headers = new TreeMap<>();
        request.headers().forEach(header -> headers.merge(header.getKey().toLowerCase(), header.getValue(),
                (first, second) -> first + ", " + second));
        return headers;
    }

    static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
