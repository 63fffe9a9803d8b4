package org.chorus.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * quarkus.http.limits.max-body-size, answered with problem+json like every other refusal. Quarkus answers a body
 * over the limit with an empty 413 that no exception mapper sees: from its own route when the declared length is too
 * large, and from the stream the REST layer reads when a chunked body grows too large (whereupon the REST layer logs
 * two errors for a response already sent). So this route runs just before Quarkus' own: it answers a declared length
 * over the limit itself, and reads a chunked body with Vert.x' BodyHandler, up to the limit, before the REST layer
 * takes it. Bodies that declare a length within the limit stream on untouched. An HTTP/2 body that declares no
 * length is left to Quarkus: the REST layer cannot take a body read ahead of it in HTTP/2 (it pauses the request,
 * which Vert.x refuses once the request has ended), and the gateway calls the services in HTTP/1.1.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int BEFORE_QUARKUS_LIMIT = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    private static final int TOO_LARGE = 413;
    private static final int EXPECTATION_FAILED = 417;
    private static final String CHUNKED = BodySizeLimit.class.getName() + ".chunked";
    /** How long a client may go on sending a refused body before its connection is closed regardless. */
    private static final long DRAIN_MILLIS = 2_000;

    private final Optional<MemorySize> maxBodySize;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        // no file uploads: no service takes one, and none should land on disk on a stranger's behalf
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(BEFORE_QUARKUS_LIMIT)
                .handler(ctx -> check(ctx, limit, chunked))
                .failureHandler(ctx -> failed(ctx, limit));
    }

    private static void check(RoutingContext ctx, long limit, BodyHandler chunked) {
        HttpServerRequest request = ctx.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && Long.parseLong(declared) > limit) {
            // (Vert.x has refused a Content-Length that is not a number before any route runs.) A client that waits
            // for 100 Continue sends no body: it will not get one.
            boolean bodyToCome = !"100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT));
            refuse(ctx, tooLarge(limit), bodyToCome);
        } else if (declared == null && request.version() != HttpVersion.HTTP_2 && !request.isEnded()
                && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // (the BodyHandler would wait forever for the end of a request that has already ended)
            ctx.put(CHUNKED, Boolean.TRUE);
            chunked.handle(ctx);
        } else {
            ctx.next();
        }
    }

    /**
     * What the BodyHandler fails a chunked body with: 413 once it grows past the limit, 417 for an expectation other
     * than 100-continue, the decoder's complaint about a malformed chunk, and the closed connection when the client
     * gives up or once this class has refused the body. No other route of the services fails with these: the REST
     * layer answers its own failures through the services' exception mappers.
     */
    private static void failed(RoutingContext ctx, long limit) {
        // (the BodyHandler sets the buffer once it has read the whole body)
        boolean whileReading = ctx.get(CHUNKED) != null && ctx.body().buffer() == null;
        if (whileReading && ctx.failure() instanceof HttpClosedException) {
            return; // nobody is left to answer, and a client that goes away is no error of ours
        }
        if (ctx.response().headWritten()) {
            ctx.next();
        } else if (ctx.statusCode() == TOO_LARGE) {
            refuse(ctx, tooLarge(limit), true);
        } else if (ctx.statusCode() == EXPECTATION_FAILED) {
            refuse(ctx, Problem.of("expectation-failed", "Expectation failed", EXPECTATION_FAILED,
                    "The only expectation this service meets is 100-continue."), true);
        } else if (whileReading) {
            // nothing after a malformed chunk can be read
            refuse(ctx, Problem.of("malformed-body", "Malformed body", 400,
                    "The request body could not be read as it was sent."), false);
        } else {
            ctx.next();
        }
    }

    private static Problem tooLarge(long limit) {
        return Problem.of("body-too-large", "Body too large", TOO_LARGE,
                "The request body is larger than this service accepts: at most " + limit + " bytes.");
    }

    /** @param drain whether the client may still be sending a body that can be read (and dropped) */
    private static void refuse(RoutingContext ctx, Problem problem, boolean drain) {
        HttpServerResponse response = ctx.response();
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(ignored -> close(ctx, drain));
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    /**
     * The rest of the body is never read, so the connection cannot carry another request (and Vert.x closes it only
     * when told to, whatever the Connection header says). Closed while the client is still sending, with its bytes
     * unread, the connection would be reset and the client might lose the answer; so what it still sends is read and
     * dropped first, until its request ends, for a moment at most.
     */
    private static void close(RoutingContext ctx, boolean drain) {
        HttpServerRequest request = ctx.request();
        HttpConnection connection = request.connection();
        if (!drain || request.isEnded()) {
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
}
