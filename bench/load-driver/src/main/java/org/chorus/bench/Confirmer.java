package org.chorus.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Confirms some signatures while the load runs, as the signers would: reads each one's confirmation email from
 * the local mailbox ({@code GET /api/messages?to=}) and posts its token to {@code /api/signatures/confirm} through
 * the gateway. Emails arrive in signing order, so it asks only for the oldest addresses still waiting, each at most
 * every {@link #POLL_EVERY_NANOS}; an address whose email has not come within {@code emailWait} is given up.
 * Confined to the driver's event loop.
 */
final class Confirmer {

    private static final Pattern TOKEN = Pattern.compile("confirm\\?token=([A-Za-z0-9_-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_EVERY_NANOS = 250_000_000L;
    private static final int OLDEST_POLLED = 16;
    private static final int MAILBOX_CONNECTIONS = 4;

    private static final class Waiting {
        final long signedAt;
        long nextPoll;
        boolean polling;

        Waiting(long signedAt) {
            this.signedAt = signedAt;
            this.nextPoll = signedAt;
        }
    }

    private final Vertx vertx;
    private final HttpClient mailbox;
    private final HttpClient gateway;
    private final String mailboxPath;
    private final String confirmPath;
    private final long emailWaitNanos;
    private final long timeoutMillis;
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private long timer = -1;
    private int mailboxInFlight;
    private int confirmsInFlight;

    long wanted;
    long emailsFound;
    long confirmed;
    long givenUp;
    long leftWaiting;
    long mailboxErrors;
    final Map<String, Long> confirmErrors = new TreeMap<>();
    /** From the 202 answer to the poll that found the email: the notification path's delay, to within a poll. */
    final Histogram emailDelay = Outcomes.newHistogram();
    final Histogram confirmLatency = Outcomes.newHistogram();

    Confirmer(Vertx vertx, BenchOptions options) {
        this.vertx = vertx;
        this.mailbox = client(vertx, options.mailbox(), "bench-mailbox");
        this.gateway = client(vertx, options.gateway(), "bench-confirm");
        this.mailboxPath = options.mailbox().getRawPath().replaceAll("/$", "") + "/api/messages?to=";
        this.confirmPath = options.gateway().getRawPath().replaceAll("/$", "") + "/api/signatures/confirm";
        this.emailWaitNanos = options.emailWait().toNanos();
        this.timeoutMillis = options.timeout().toMillis();
    }

    private static HttpClient client(Vertx vertx, URI base, String name) {
        return vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort()).setKeepAlive(true).setName(name),
                new PoolOptions().setHttp1MaxSize(MAILBOX_CONNECTIONS));
    }

    void start() {
        timer = vertx.setPeriodic(50, id -> pollOldest());
    }

    /** The load has stopped: no more polling; confirmations already under way finish. */
    void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
        leftWaiting = waiting.size();
        waiting.clear();
    }

    boolean busy() {
        return confirmsInFlight > 0 || mailboxInFlight > 0;
    }

    void add(String email, long signedAtNanos) {
        wanted++;
        if (timer >= 0) {
            waiting.put(email, new Waiting(signedAtNanos));
        }
    }

    private void pollOldest() {
        long now = System.nanoTime();
        int looked = 0;
        for (Iterator<Map.Entry<String, Waiting>> it = waiting.entrySet().iterator(); it.hasNext()
                && looked < OLDEST_POLLED && mailboxInFlight < MAILBOX_CONNECTIONS;) {
            Map.Entry<String, Waiting> entry = it.next();
            Waiting w = entry.getValue();
            if (w.polling) {
                looked++;
                continue;
            }
            if (now - w.signedAt > emailWaitNanos) {
                givenUp++;
                it.remove();
                continue;
            }
            looked++;
            if (w.nextPoll <= now) {
                poll(entry.getKey(), w);
            }
        }
    }

    private void poll(String email, Waiting w) {
        w.polling = true;
        mailboxInFlight++;
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setURI(mailboxPath + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .setTimeout(timeoutMillis);
        mailbox.request(request)
                .compose(r -> r.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200 ? body : null))
                .onComplete(result -> {
                    mailboxInFlight--;
                    w.polling = false;
                    w.nextPoll = System.nanoTime() + POLL_EVERY_NANOS;
                    if (result.failed() || result.result() == null) {
                        mailboxErrors++;
                        return;
                    }
                    Optional<String> token = token(result.result());
                    if (token.isPresent() && waiting.remove(email) != null) {
                        emailsFound++;
                        emailDelay.recordValue(Math.max(1, (System.nanoTime() - w.signedAt) / 1000));
                        confirm(token.get());
                    }
                });
    }

    static Optional<String> token(Buffer messages) {
        try {
            for (JsonNode message : JSON.readTree(messages.getBytes())) {
                for (String field : new String[] { "text", "html" }) {
                    Matcher matcher = TOKEN.matcher(message.path(field).asText(""));
                    if (matcher.find()) {
                        return Optional.of(matcher.group(1));
                    }
                }
            }
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void confirm(String token) {
        confirmsInFlight++;
        long sent = System.nanoTime();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setURI(confirmPath)
                .setTimeout(timeoutMillis)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.USER_AGENT, "chorus-bench-signing");
        Buffer body = Buffer.buffer("{\"token\":\"" + token + "\"}");
        gateway.request(request)
                .compose(r -> r.send(body))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .onComplete(result -> {
                    confirmsInFlight--;
                    if (result.succeeded() && result.result() == 200) {
                        confirmed++;
                        confirmLatency.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                    } else {
                        String kind = result.succeeded() ? "HTTP " + result.result()
                                : result.cause().getClass().getSimpleName();
                        confirmErrors.merge(kind, 1L, Long::sum);
                    }
                });
    }

    void close() {
        mailbox.close();
        gateway.close();
    }
}
