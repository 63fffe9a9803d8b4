package org.chorus.gateway.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.gateway.limits.RateLimits;
import org.chorus.gateway.proxy.ReverseProxy;
import org.chorus.gateway.routing.Downstream;
import org.chorus.gateway.routing.LoginRules;
import org.chorus.gateway.routing.RouteTable;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends each request to the service that owns its path, after its rate limit and, where one is needed, its bearer
 * token. Quarkus' own endpoints under /q stay with Quarkus, unlimited (probes and metrics scrapes).
 */
@ApplicationScoped
public class ProxyRoute implements Handler<RoutingContext> {

    private static final BiConsumer<RoutingContext, Throwable> IGNORE_AUTH_FAILURE = (ctx, failure) -> {
    };

    private final ReverseProxy proxy;
    private final RateLimits rateLimits;

    public ProxyRoute(ReverseProxy proxy, RateLimits rateLimits) {
        this.proxy = proxy;
        this.rateLimits = rateLimits;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals("/q") || path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        // Before the token check too: a flood of forged tokens must not cost a signature check each.
        Optional<Duration> wait = rateLimits.take(ctx.request(), path);
        Downstream downstream = RouteTable.route(path).orElse(null);
        if (wait.isPresent()) {
            Problems.tooManyRequests(ctx, wait.get());
        } else if (downstream == null) {
            Problems.notFound(ctx);
        } else if (LoginRules.requiresLogin(ctx.request().method(), path)) {
            forwardIfAuthenticated(ctx, downstream);
        } else {
            proxy.forward(ctx, downstream, RequestIds.of(ctx));
        }
    }

    private void forwardIfAuthenticated(RoutingContext ctx, Downstream downstream) {
        // Nothing of the body may be lost while the token is being verified.
        ctx.request().pause();
        // A rejected token is answered below as problem+json, not by Quarkus' bare challenge.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_AUTH_FAILURE);
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> context.runOnContext(ignored -> {
                    if (isAnonymous(identity)) {
                        Problems.unauthorized(ctx, false);
                    } else {
                        proxy.forward(ctx, downstream, RequestIds.of(ctx));
                    }
                }),
                failure -> context.runOnContext(ignored -> Problems.unauthorized(ctx, true)));
    }

    private static boolean isAnonymous(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous();
    }
}
