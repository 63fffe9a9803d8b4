package org.chorus.gateway.cors;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.chorus.gateway.config.GatewayConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The web origins that partners registered, read from petition-service at start and every
 * chorus.gateway.cors.refresh-every. When petition-service cannot be asked, the origins known before stay in force:
 * partners' pages keep working through a restart of petition-service, and a partner registered meanwhile waits a
 * little longer. Before the first answer no origin is known, so no page gets CORS access.
 */
@ApplicationScoped
public class RegisteredOrigins {

    static final String PATH = "/internal/partner-origins";

    private final Vertx vertx;
    private final HttpClient client;
    private final RequestOptions request;
    private final long refreshEveryMillis;
    private volatile Set<String> origins = Set.of();
    private volatile boolean failing;
    private long timer = -1;

    public RegisteredOrigins(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        long timeout = config.cors().fetchTimeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout)
                .setMaxPoolSize(1).setName("gateway-partner-origins"));
        this.request = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(registryUrl(config))
                .setConnectTimeout(timeout).setIdleTimeout(timeout);
        this.refreshEveryMillis = config.cors().refreshEvery().toMillis();
    }

    void start(@Observes StartupEvent start) {
        refresh();
        timer = vertx.setPeriodic(refreshEveryMillis, id -> refresh());
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
        client.close();
    }

    /** @param origin an Origin header as a browser sends it, or null */
    public boolean allows(String origin) {
        return origin != null && origins.contains(origin);
    }

    /** Asks petition-service once; the answer replaces the known origins, a failure keeps them. */
    public Future<Void> refresh() {
        return client.request(request)
                .compose(req -> req.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(RegisteredOrigins::parse)
                .onSuccess(this::replace)
                .onFailure(this::keep)
                .mapEmpty();
    }

    private void replace(Set<String> fresh) {
        origins = fresh;
        if (failing) {
            Log.infof("Partner origins read again: %d origins", fresh.size());
            failing = false;
        }
    }

    private void keep(Throwable failure) {
        if (!failing) {
            Log.warnf("Partner origins could not be read from petition-service (%s); keeping the %d known",
                    failure.getMessage(), origins.size());
            failing = true;
        }
    }

    /** {@code {"partners": {"<slug>": ["https://origin", ...]}}}; anything else is a failure. */
    private static Set<String> parse(Buffer body) {
        JsonObject partners = body.toJsonObject().getJsonObject("partners");
        if (partners == null) {
            throw new IllegalArgumentException("no partners in the answer");
        }
        Set<String> all = new HashSet<>();
        for (String slug : partners.fieldNames()) {
            JsonArray list = partners.getJsonArray(slug);
            for (int i = 0; i < list.size(); i++) {
                all.add(list.getString(i));
            }
        }
        return Set.copyOf(all);
    }

    private static String registryUrl(GatewayConfig config) {
        URI base = config.petitionServiceUrl();
        String url = base.toString();
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + PATH;
    }
}
