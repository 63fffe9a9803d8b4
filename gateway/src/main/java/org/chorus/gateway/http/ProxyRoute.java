package org.chorus.gateway.http;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

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
 * Sends each request to the service that owns its path, after checking the bearer token where one is needed.
 * Quarkus' own endpoints under /q stay with Quarkus.
 */
@ApplicationScoped
public class ProxyRoute implements Handler<RoutingContext> {

    private static final BiConsumer<RoutingContext, Throwable> IGNORE_AUTH_FAILURE = (ctx, failure) -> {
    };

    private final ReverseProxy proxy;

    public ProxyRoute(ReverseProxy proxy) {
        this.proxy = proxy;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals("/q") || path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        Downstream downstream = RouteTable.route(path).orElse(null);
        if (downstream == null) {
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
