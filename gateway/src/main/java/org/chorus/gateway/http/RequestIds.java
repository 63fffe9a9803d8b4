package org.chorus.gateway.http;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/** Every request carries an id that the gateway passes downstream and returns to the caller. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final String CONTEXT_KEY = "chorus.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The caller's id when it is a sane token (so that it is safe to log and pass on), otherwise a new one. */
    public static String accept(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    static void assign(RoutingContext ctx) {
        String id = accept(ctx.request().getHeader(HEADER));
        ctx.put(CONTEXT_KEY, id);
        ctx.response().headers().set(HEADER, id);
    }

    public static String of(RoutingContext ctx) {
        String id = ctx.get(CONTEXT_KEY);
        return id != null ? id : accept(null);
    }
}
