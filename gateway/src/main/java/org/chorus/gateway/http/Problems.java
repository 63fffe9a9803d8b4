package org.chorus.gateway.http;

import java.time.Duration;

import io.netty.handler.codec.http.HttpResponseStatus;
import org.chorus.gateway.proxy.DownstreamUnavailableException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place where the gateway writes errors: application/problem+json (RFC 9457), also for failures raised by
 * any route. The body never names classes or carries stack traces.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";

    /** How long a client may go on sending a refused body before its connection is closed regardless. */
    private static final long DRAIN_MILLIS = 2_000;

    private Problems() {
    }

    public static void notFound(RoutingContext ctx) {
        send(ctx, 404, "No service answers this path.");
    }

    public static void unauthorized(RoutingContext ctx, boolean tokenRejected) {
        ctx.response().putHeader("WWW-Authenticate",
                tokenRejected ? "Bearer realm=\"chorus\", error=\"invalid_token\"" : "Bearer realm=\"chorus\"");
        send(ctx, 401, tokenRejected
                ? "The bearer token is invalid or expired."
                : "This API needs a bearer token from the chorus realm.");
    }

    /** The client's budget for this kind of request is spent; the request was not forwarded. */
    public static void tooManyRequests(RoutingContext ctx, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        send(ctx, 429, "Too many requests from your address just now; try again in " + seconds + " s.");
    }

    public static void forbidden(RoutingContext ctx, String detail) {
        send(ctx, 403, detail);
    }

    private static void unavailable(RoutingContext ctx, String serviceName, int retryAfterSeconds) {
        ctx.response().putHeader("Retry-After", Integer.toString(retryAfterSeconds));
        send(ctx, 503, "The " + serviceName + " is not reachable right now; try again shortly.");
    }

    private static void tooLarge(RoutingContext ctx) {
        ctx.response().putHeader("Connection", "close");
        ctx.response().endHandler(ignored -> closeAfterBody(ctx));
        send(ctx, 413, "The request body is larger than the gateway accepts.");
    }

    /**
     * The rest of the body is never read, so the connection cannot carry another request (and Vert.x closes it only
     * when told to, whatever the Connection header says). Closed while the client is still sending, with its bytes
     * unread, the connection would be reset and the client might lose the answer; so what it still sends is read and
     * dropped first, until its request ends, for a moment at most. A client that declared the length and waits for
     * 100 Continue sends nothing more.
     */
    private static void closeAfterBody(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpConnection connection = request.connection();
        boolean withheld = request.getHeader("Content-Length") != null
                && "100-continue".equalsIgnoreCase(request.getHeader("Expect"));
        if (withheld || request.isEnded()) {
            connection.close();
            return;
        }
        long timer = ctx.vertx().setTimer(DRAIN_MILLIS, id -> connection.close());
        request.handler(ignored -> {
        }).endHandler(ignored -> {
            ctx.vertx().cancelTimer(timer);
            connection.close();
        }).resume();
    }

    /** Failure handler for every route of the router. */
    public static void handleFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        Throwable failure = ctx.failure();
        if (failure instanceof DownstreamUnavailableException unavailable) {
            unavailable(ctx, unavailable.serviceName(), unavailable.retryAfterSeconds());
        } else if (failure instanceof AuthenticationFailedException) {
            unauthorized(ctx, true);
        } else if (ctx.statusCode() == 413) {
            tooLarge(ctx);
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            send(ctx, ctx.statusCode(), "The request cannot be handled as sent.");
        } else {
            Log.errorf(failure, "Request %s failed", RequestIds.of(ctx));
            send(ctx, 500, "Something went wrong; the request id identifies it in our logs.");
        }
    }

    private static void send(RoutingContext ctx, int status, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        String body = new JsonObject()
                .put("type", "about:blank")
                .put("title", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("status", status)
                .put("detail", detail)
                .encode();
        response.setStatusCode(status)
                .putHeader("Content-Type", CONTENT_TYPE)
                .end(body);
    }
}
