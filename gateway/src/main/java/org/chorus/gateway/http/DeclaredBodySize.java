package org.chorus.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body whose declared length is over quarkus.http.limits.max-body-size before any of it is read. Quarkus
 * checks that too, but later and with an empty 413 that no failure handler sees; failing here lets Problems answer.
 * A streamed body without a declared length is cut by the proxy (SizeLimitedStream).
 */
final class DeclaredBodySize implements Handler<RoutingContext> {

    private final long limit;

    DeclaredBodySize(long limit) {
        this.limit = limit;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        // (Vert.x has refused a Content-Length that is not a number before any route runs)
        if (declared != null && Long.parseLong(declared) > limit) {
            ctx.fail(413);
        } else {
            ctx.next();
        }
    }
}
