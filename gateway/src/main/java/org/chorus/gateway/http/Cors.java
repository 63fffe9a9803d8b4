package org.chorus.gateway.http;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.gateway.config.GatewayConfig;
import org.chorus.gateway.cors.CorsRules;
import org.chorus.gateway.cors.RegisteredOrigins;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS, decided here and nowhere else: a partner's page may read and sign petitions (CorsRules) from an origin that
 * partner registered, and is named in Access-Control-Allow-Origin, never as {@code *} and never with credentials.
 * Any other origin, and any other path, gets no CORS header at all (a preflight is refused with 403), whatever a
 * service behind the gateway sends.
 */
@ApplicationScoped
public class Cors implements Handler<RoutingContext> {

    static final String ALLOWED_HEADERS = "Content-Type";

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private final RegisteredOrigins origins;
    private final String maxAgeSeconds;

    public Cors(RegisteredOrigins origins, GatewayConfig config) {
        this.origins = origins;
        this.maxAgeSeconds = Long.toString(config.cors().preflightMaxAge().toSeconds());
    }

    @Override
    public void handle(RoutingContext ctx) {
        Set<HttpMethod> methods = CorsRules.methods(ctx.normalizedPath());
        String origin = ctx.request().getHeader("Origin");
        String requested = ctx.request().getHeader("Access-Control-Request-Method");
        if (ctx.request().method() == HttpMethod.OPTIONS && requested != null && !methods.isEmpty()) {
            preflight(ctx, origin, HttpMethod.valueOf(requested), methods);
            return;
        }
        boolean allowed = origins.allows(origin) && methods.contains(ctx.request().method());
        ctx.addHeadersEndHandler(ignored -> {
            MultiMap headers = ctx.response().headers();
            removeCorsHeaders(headers);
            if (!methods.isEmpty()) {
                // the answer differs by Origin: no cache may give one page's answer to another
                headers.add("Vary", "Origin");
            }
            if (allowed) {
                headers.set(ALLOW_ORIGIN, origin);
            }
        });
        ctx.next();
    }

    private void preflight(RoutingContext ctx, String origin, HttpMethod requested, Set<HttpMethod> methods) {
        if (!origins.allows(origin) || !methods.contains(requested)) {
            Problems.forbidden(ctx, "This origin may not call this API from a browser.");
            return;
        }
        ctx.response().setStatusCode(204)
                .putHeader(ALLOW_ORIGIN, origin)
                .putHeader("Access-Control-Allow-Methods",
                        methods.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", ")))
                .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                .putHeader("Access-Control-Max-Age", maxAgeSeconds)
                .putHeader("Vary", "Origin")
                .end();
    }

    private static void removeCorsHeaders(MultiMap headers) {
        headers.names().stream().filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15)).toList()
                .forEach(headers::remove);
    }
}
