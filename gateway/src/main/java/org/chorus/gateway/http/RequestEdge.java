package org.chorus.gateway.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** First handler of every request, Quarkus' own endpoints included: request id and security headers. */
final class RequestEdge implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext ctx) {
        RequestIds.assign(ctx);
        ctx.addHeadersEndHandler(ignored -> SecurityHeaders.apply(ctx.response().headers()));
        ctx.next();
    }
}
