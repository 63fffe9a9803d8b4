package org.chorus.petition.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.config.PetitionConfig;

/**
 * One call to a partner's webhook: a signed POST of the stored body, within the connect and request timeouts. It
 * answers what happened in a word, never the partner's answer itself (which is the partner's business, and could
 * echo anything back into our log).
 */
@ApplicationScoped
public class WebhookSender {

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

    private final HttpClient client;
    private final Duration requestTimeout;

    public WebhookSender(PetitionConfig config) {
        PetitionConfig.Webhooks webhooks = config.webhooks();
        this.requestTimeout = webhooks.requestTimeout();
        // HTTP/1.1: no upgrade attempt that a partner's server might trip over; a redirect is an answer, not followed
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(webhooks.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Blocks for at most the connect and request timeouts together. */
    public Outcome send(String url, String secret, UUID deliveryId, String body) throws InterruptedException {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header(WebhookSignature.ID_HEADER, deliveryId.toString())
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        } catch (IllegalArgumentException e) {
            return Outcome.noAnswer("invalid-url");
        }
        try {
            return Outcome.answered(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpConnectTimeoutException e) {
            return Outcome.noAnswer("connect-timeout");
        } catch (HttpTimeoutException e) {
            return Outcome.noAnswer("timeout");
        } catch (ConnectException e) {
            return Outcome.noAnswer("connection-refused");
        } catch (IOException e) {
            return Outcome.noAnswer("connection");
        }
    }
}
