package org.chorus.petition;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook endpoint, for real, on a free port of this machine: it keeps every call it gets and answers
 * with the status codes it was given, in turn (the last one from then on), or never answers at all.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One call as it arrived. */
    record Call(String id, String timestamp, String signature, String contentType, String body, Instant at) {
    }

    private static final int HANG = -1;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final int[] answers;
    private final String location;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean released;

    private WebhookReceiver(String location, int... answers) throws IOException {
        this.answers = answers;
        this.location = location;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/hooks/chorus", this::handle);
        server.start();
    }

    /** Answers the first call with the first status, the second with the second, ... and then the last one. */
    static WebhookReceiver answering(int... statuses) throws IOException {
        return new WebhookReceiver(null, statuses);
    }

    /** Answers every call with 302 Found and {@code Location: location}, as a server that has moved would. */
    static WebhookReceiver redirectingTo(String location) throws IOException {
        return new WebhookReceiver(location, 302);
    }

    /** Takes each call in and never answers, like a server that hangs. */
    static WebhookReceiver hanging() throws IOException {
        return new WebhookReceiver(null, HANG);
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hooks/chorus";
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** Calls it holds without an answer (also those the caller gave up on: it does not notice). */
    int openNow() {
        return open.get();
    }

    List<Call> awaitCalls(int count, Duration timeout) {
        await().atMost(timeout).until(() -> calls.size() >= count);
        return calls();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int n;
        synchronized (calls) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var h = exchange.getRequestHeaders();
            calls.add(new Call(h.getFirst("Chorus-Webhook-Id"), h.getFirst("Chorus-Webhook-Timestamp"),
                    h.getFirst("Chorus-Webhook-Signature"), h.getFirst("Content-Type"), body, Instant.now()));
            n = calls.size();
        }
        int answer = answers[Math.min(n, answers.length) - 1];
        open.incrementAndGet();
        try {
            if (answer == HANG) {
                awaitClose();
                if (released) {
                    exchange.sendResponseHeaders(200, -1);
                }
                exchange.close();
                return;
            }
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        } finally {
            open.decrementAndGet();
        }
    }

    private void awaitClose() {
        try {
            closed.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers the calls it holds with 200, and every call after them at once: the partner is back. */
    void release() {
        released = true;
        closed.countDown();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
