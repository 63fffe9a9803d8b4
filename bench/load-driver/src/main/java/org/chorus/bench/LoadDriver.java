package org.chorus.bench;

import java.util.BitSet;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Sends the signatures at a constant arrival rate. A scheduler thread wakes at each request's intended time and
 * hands it to the one event loop, which sends it on one of {@code connections} keep-alive connections (waiting in
 * the client's queue when all are busy, as a real client would) and times it out at intended time + timeout.
 */
final class LoadDriver {

    private final Vertx vertx;
    private final Context loop;
    private final HttpClient client;
    private final BenchOptions options;
    private final Signers signers;
    private final Confirmer confirmer;
    private final String path;
    private final long timeoutNanos;
    private final long lateAnswerWaitMillis;
    private final AtomicLong inFlight = new AtomicLong();
    /** The signers whose request was answered 2xx, in time or late; read on the loop. */
    private final BitSet accepted = new BitSet();
    private volatile LoadResults results;

    LoadDriver(Vertx vertx, Context loop, BenchOptions options, Signers signers, Confirmer confirmer) {
        this.vertx = vertx;
        this.loop = loop;
        this.options = options;
        this.signers = signers;
        this.confirmer = confirmer;
        this.path = options.gateway().getRawPath().replaceAll("/$", "") + "/api/petitions/" + options.petition()
                + "/signatures";
        this.timeoutNanos = options.timeout().toNanos();
        this.lateAnswerWaitMillis = Math.max(30_000, 3 * options.timeout().toMillis());
        HttpClientOptions clientOptions = new HttpClientOptions()
                .setDefaultHost(options.gateway().getHost())
                .setDefaultPort(options.gateway().getPort())
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis()))
                .setName("bench-signing");
        this.client = vertx.createHttpClient(clientOptions, new PoolOptions().setHttp1MaxSize(options.connections()));
    }

    /**
     * Runs warm-up and measured window; calls {@code onStopped} on this thread once the last request is handed to
     * the loop, and returns once every request has an outcome.
     */
    LoadResults run(long startNanos, Runnable onStopped) {
        long measureStart = startNanos + options.warmup().toNanos();
        long end = measureStart + options.duration().toNanos();
        results = new LoadResults(startNanos, measureStart, end);
        ArrivalSchedule schedule = new ArrivalSchedule(startNanos, options.rate());
        for (long i = 0;; i++) {
            long intended = schedule.intendedNanos(i);
            if (intended >= end) {
                break;
            }
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            long seq = i;
            inFlight.incrementAndGet();
            loop.runOnContext(v -> send(seq, intended));
        }
        onStopped.run();
        while (inFlight.get() > 0) {
            LockSupport.parkNanos(10_000_000);
        }
        return Loop.call(loop, () -> results);
    }

    /** One line for the terminal while the load runs; called on the event loop. */
    String progress(long seconds) {
        Outcomes w = results.warmup;
        Outcomes m = results.measured;
        return String.format(java.util.Locale.ROOT,
                "  %4d s: scheduled %d, 2xx in time %d, errors %d (timeouts %d), answers after the timeout %d, open %d",
                seconds, w.scheduled + m.scheduled, w.succeededCount() + m.succeededCount(), w.errors() + m.errors(),
                w.timeouts + m.timeouts, results.lateAnswers(), inFlight.get());
    }

    /** A copy of the signers answered 2xx; call on the loop. */
    BitSet accepted() {
        return (BitSet) accepted.clone();
    }

    void close() {
        client.close();
    }

    /**
     * One request. {@code done} once it has its outcome (an answer in time, a timeout, a failure); {@code closed}
     * once no more can happen to it. A request that times out after it was sent is not cut off: its connection
     * carries its late answer, which is counted apart, so that the platform is not also made to handle abandoned
     * connections, and the driver never has more than {@code connections} requests at the gateway.
     */
    private static final class Attempt {
        final long seq;
        final long intended;
        long timer;
        boolean done;
        boolean closed;

        Attempt(long seq, long intended) {
            this.seq = seq;
            this.intended = intended;
        }
    }

    private void send(long seq, long intended) {
        long now = System.nanoTime();
        results.scheduled(intended, now);
        Attempt attempt = new Attempt(seq, intended);
        long remainingMillis = Math.max(1, (intended + timeoutNanos - now) / 1_000_000);
        attempt.timer = vertx.setTimer(remainingMillis, id -> timedOut(attempt));
        Buffer body = Buffer.buffer(signers.body(seq));
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setURI(path)
                // How long the request may wait for a free connection: the rest of its time, so that a request
                // that is already too late is never sent.
                .setConnectTimeout(remainingMillis)
                .setIdleTimeout(lateAnswerWaitMillis)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .putHeader(HttpHeaders.USER_AGENT, "chorus-bench-signing");
        client.request(request).onComplete(obtained -> {
            if (obtained.failed()) {
                failed(attempt, obtained.cause());
                return;
            }
            HttpClientRequest sending = obtained.result();
            // failures arrive through the future below; without a handler Vert.x would also log each one
            sending.exceptionHandler(ignored -> { });
            sending.send(body)
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .onComplete(answer -> {
                        if (answer.succeeded()) {
                            answered(attempt, answer.result());
                        } else {
                            failed(attempt, answer.cause());
                        }
                    });
        });
    }

    private void answered(Attempt attempt, int status) {
        long now = System.nanoTime();
        if (attempt.done) {
            results.answeredLate(status, now);
        } else {
            attempt.done = true;
            vertx.cancelTimer(attempt.timer);
            results.answered(attempt.intended, status, now);
        }
        // A late 202 still stored the signature and sends its email: its signer can confirm like any other.
        if (status >= 200 && status < 300) {
            accepted.set(Math.toIntExact(attempt.seq));
            if (signers.confirms(attempt.seq)) {
                confirmer.add(signers.email(attempt.seq), now);
            }
        }
        close(attempt);
    }

    private void timedOut(Attempt attempt) {
        if (!attempt.done) {
            attempt.done = true;
            results.timedOut(attempt.intended, timeoutNanos);
        }
    }

    private void failed(Attempt attempt, Throwable cause) {
        if (!attempt.done) {
            long now = System.nanoTime();
            if (cause instanceof TimeoutException || now - attempt.intended >= timeoutNanos - 2_000_000) {
                timedOut(attempt);
            } else {
                attempt.done = true;
                vertx.cancelTimer(attempt.timer);
                results.failed(attempt.intended, cause.getClass().getSimpleName(), now);
            }
        }
        close(attempt);
    }

    private void close(Attempt attempt) {
        if (!attempt.closed) {
            attempt.closed = true;
            inFlight.decrementAndGet();
        }
    }
}
