package org.chorus.petition.webhook;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chorus.petition.config.PetitionConfig;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * One call to a partner's webhook: a signed POST of the stored body, within the connect and request timeouts, to the
 * address WebhookTargets checked just before (the connection goes to that address; the URL's host is sent as the Host
 * header and TLS server name, and the certificate is verified for it). A redirect is an answer, not followed.
 * <p>
 * It answers what happened in a word, never the partner's answer itself (which is the partner's business, and could
 * echo anything back into our log). An address that may not be called, a name that does not resolve and an address
 * that takes no connection are all {@code unreachable}: the delivery log must not tell staff or a partner which
 * internal addresses exist.
 */
@ApplicationScoped
public class WebhookSender {

    static final String UNREACHABLE = "unreachable";
    static final String TIMEOUT = "timeout";
    static final String CONNECTION = "connection";
    static final String INVALID_URL = "invalid-url";

    /** What one attempt came to: a status code, or an error kind when there was no answer. */
    public record Outcome(Integer statusCode, String error) {

        static Outcome answered(int statusCode) {
            return new Outcome(statusCode, statusCode / 100 == 2 ? null : "status");
        }

        static Outcome noAnswer(String error) {
            return new Outcome(null, error);
        }

        public boolean delivered() {
            return error == null;
        }
    }

    private static final String USER_AGENT = "Chorus-Webhooks/1";

    private final WebhookTargets targets;
    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    @Inject
    public WebhookSender(PetitionConfig config, WebhookTargets targets, Vertx vertx) {
        this(targets, vertx, config.webhooks().connectTimeout(), config.webhooks().requestTimeout(),
                config.webhooks().concurrency());
    }

    /** @param concurrency calls under way at once, all together: the dispatcher's limit, never the client's */
    WebhookSender(WebhookTargets targets, Vertx vertx, Duration connectTimeout, Duration requestTimeout,
            int concurrency) {
        this.targets = targets;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        // HTTP/1.1 (no upgrade attempt that a partner's server might trip over), and a connection of its own for each
        // call, made to the address checked for that call
        this.client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(false).setVerifyHost(true).setConnectTimeout((int) connectTimeout.toMillis())
                .setMaxPoolSize(concurrency));
    }

    /** Blocks for at most the name lookup and the connect and request timeouts together. */
    public Outcome send(String url, String secret, UUID deliveryId, String body) throws InterruptedException {
        WebhookTarget target;
        try {
            target = targets.target(url);
        } catch (WebhookTargets.Refused e) {
            if (e.refusal() == WebhookTargets.Refusal.NOT_PUBLIC || e.refusal() == WebhookTargets.Refusal.AMBIGUOUS_HOST) {
                // for the operators' eyes only: the delivery log says what a closed port would say
                Log.warnf("webhook delivery %s: its URL leads off the public internet and is not called", deliveryId);
            }
            return Outcome.noAnswer(e.refusal() == WebhookTargets.Refusal.NOT_A_URL ? INVALID_URL : UNREACHABLE);
        }
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host()).setPort(target.port()).setSsl(target.https()).setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis()).setIdleTimeout(requestTimeout.toMillis())
                .putHeader("Host", target.authority())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT)
                .putHeader(WebhookSignature.ID_HEADER, deliveryId.toString())
                .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body));
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> underWay = new AtomicReference<>();
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                outcome.complete(Outcome.noAnswer(isTls(connected.cause()) ? CONNECTION : UNREACHABLE));
                return;
            }
            HttpClientRequest request = connected.result();
            underWay.set(request);
            request.send(Buffer.buffer(body)).onComplete(answered -> {
                if (answered.failed()) {
                    outcome.complete(Outcome.noAnswer(answered.cause() instanceof TimeoutException ? TIMEOUT : CONNECTION));
                    return;
                }
                outcome.complete(Outcome.answered(answered.result().statusCode()));
                // the status line is all we wanted: whatever body follows is not read
                answered.result().exceptionHandler(ignored -> { });
                request.connection().close();
            });
        });
        try {
            return outcome.get(connectTimeout.plus(requestTimeout).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(underWay.get());
            return Outcome.noAnswer(TIMEOUT);
        } catch (InterruptedException e) {
            abandon(underWay.get());
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a webhook outcome is always completed, never failed", e);
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }

    private static void abandon(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    private static boolean isTls(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }
}
