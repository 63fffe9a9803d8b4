package org.chorus.gateway.proxy;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.gateway.config.GatewayConfig;
import org.chorus.gateway.proxy.DownstreamClients.Target;
import org.chorus.gateway.routing.Downstream;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards one request to a downstream and streams the answer back: method, path, query, headers and body go out
 * as they came (less hop-by-hop headers), status, headers and body come back as the downstream sent them. Answers
 * are never buffered; the small bodies of requests that may be repeated are (see Replays). When the downstream
 * cannot be reached or stays silent, the route fails with {@link DownstreamUnavailableException}.
 */
@ApplicationScoped
public class ReverseProxy {

    private static final String TOO_LARGE = "chorus.request-too-large";

    private final Vertx vertx;
    private final DownstreamClients clients;
    private final GatewayConfig config;

    public ReverseProxy(Vertx vertx, DownstreamClients clients, GatewayConfig config) {
        this.vertx = vertx;
        this.clients = clients;
        this.config = config;
    }

    public void forward(RoutingContext ctx, Downstream downstream, String requestId) {
        Target target = clients.target(downstream);
        if (!target.breaker().allowsRequest()) {
            ctx.fail(unavailable(target));
            return;
        }
        HttpServerRequest in = ctx.request();
        in.pause();
        if (Replays.allowed(in, ctx.normalizedPath())) {
            Future<Buffer> body = ProxyHeaders.hasBody(in) ? in.body() : Future.succeededFuture();
            in.resume();
            body.onSuccess(held -> attempt(ctx, target, requestId, held, true))
                    .onFailure(failure -> failed(ctx, target, failure, requestId));
            return;
        }
        target.client().request(requestOptions(ctx, target))
                .onSuccess(out -> exchange(ctx, target, out, requestId))
                .onFailure(failure -> failed(ctx, target, failure, requestId));
    }

    /**
     * A request that may be sent twice (see Replays), with its body held: a connection the service closed as the
     * request went out gets one more attempt, on another connection, before the client hears of any failure.
     */
    private void attempt(RoutingContext ctx, Target target, String requestId, Buffer body, boolean mayRetry) {
        target.client().request(requestOptions(ctx, target))
                .compose(out -> {
                    ProxyHeaders.toDownstream(ctx.request(), out.headers(), requestId);
                    out.exceptionHandler(ignored -> {
                    });
                    ctx.response().closeHandler(ignored -> out.reset());
                    return body == null ? out.send() : out.send(body);
                })
                .onSuccess(response -> {
                    target.breaker().recordSuccess();
                    relay(ctx, response, target);
                })
                .onFailure(failure -> {
                    if (mayRetry && failure instanceof HttpClosedException && !ctx.response().closed()) {
                        Log.infof("%s closed the connection as request %s went out: sent once more",
                                target.serviceName(), requestId);
                        attempt(ctx, target, requestId, body, false);
                    } else {
                        failed(ctx, target, failure, requestId);
                    }
                });
    }

    private RequestOptions requestOptions(RoutingContext ctx, Target target) {
        HttpServerRequest in = ctx.request();
        String query = in.query();
        String pathAndQuery = ctx.normalizedPath() + (query == null ? "" : "?" + query);
        return new RequestOptions()
                .setMethod(in.method())
                .setURI(target.uri(pathAndQuery))
                .setConnectTimeout(config.connectTimeout().toMillis())
                // Vert.x cancels this one when the response headers arrive; BodyRelay watches the body.
                .setIdleTimeout(config.idleTimeout().toMillis());
    }

    private void exchange(RoutingContext ctx, Target target, HttpClientRequest out, String requestId) {
        ProxyHeaders.toDownstream(ctx.request(), out.headers(), requestId);
        // Failures of the exchange arrive through the response future; this only keeps Vert.x from logging them twice.
        out.exceptionHandler(ignored -> {
        });
        ctx.response().closeHandler(ignored -> out.reset());
        sendBody(ctx, out)
                .onSuccess(response -> {
                    target.breaker().recordSuccess();
                    relay(ctx, response, target);
                })
                .onFailure(failure -> failed(ctx, target, failure, requestId));
    }

    private Future<HttpClientResponse> sendBody(RoutingContext ctx, HttpClientRequest out) {
        HttpServerRequest in = ctx.request();
        if (!ProxyHeaders.hasBody(in)) {
            in.resume();
            return out.send();
        }
        Long limit = ctx.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
        ReadStream<Buffer> body = limit == null ? in : new SizeLimitedStream(in, limit, () -> {
            ctx.put(TOO_LARGE, Boolean.TRUE);
            out.reset();
        });
        return out.send(body);
    }

    private void relay(RoutingContext ctx, HttpClientResponse response, Target target) {
        HttpServerResponse toClient = ctx.response();
        toClient.setStatusCode(response.statusCode());
        toClient.setStatusMessage(response.statusMessage());
        ProxyHeaders.toClient(response.headers(), toClient.headers());
        if (!toClient.headers().contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(ctx, response)) {
            toClient.setChunked(true);
        }
        long idleTimeout = isEventStream(response) ? 0 : config.idleTimeout().toMillis();
        BodyRelay.start(vertx, response, toClient, idleTimeout, target.serviceName());
    }

    private void failed(RoutingContext ctx, Target target, Throwable failure, String requestId) {
        if (ctx.get(TOO_LARGE) != null) {
            ctx.fail(413);
            return;
        }
        if (ctx.response().closed()) {
            return;
        }
        if (!ctx.request().isEnded()) {
            // The client stopped sending its body and the service waited for it: the client's fault, not the
            // service's. Counting it would let a few stalled uploads open the circuit for every signer.
            Log.infof("request %s to %s: the client did not finish its body in time", requestId, target.serviceName());
            ctx.response().putHeader("Connection", "close");
            ctx.fail(408);
            return;
        }
        if (target.breaker().recordFailure()) {
            Log.warnf("Circuit to %s is open: it failed %d times in a row", target.serviceName(),
                    config.circuitBreaker().failureThreshold());
        }
        // The failure's message would contain the URI, and URIs may carry tokens: log its kind only.
        Log.warnf("%s did not answer request %s: %s", target.serviceName(), requestId,
                failure.getClass().getSimpleName());
        ctx.fail(unavailable(target));
    }

    private DownstreamUnavailableException unavailable(Target target) {
        return new DownstreamUnavailableException(target.serviceName(), config.retryAfterSeconds());
    }

    private static boolean mayHaveBody(RoutingContext ctx, HttpClientResponse response) {
        int status = response.statusCode();
        return ctx.request().method() != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }

    private static boolean isEventStream(HttpClientResponse response) {
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }
}
