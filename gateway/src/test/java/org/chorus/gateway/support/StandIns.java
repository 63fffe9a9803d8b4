package org.chorus.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The world around the gateway in tests: the three services and Keycloak. */
public final class StandIns {

    private final Vertx vertx = Vertx.vertx();
    private final StandIn petition = new StandIn("petition-service", vertx);
    private final StandIn letter = new StandIn("letter-service", vertx);
    private final StandIn notification = new StandIn("notification-service", vertx);
    private final FakeKeycloak keycloak = new FakeKeycloak(vertx);

    /** The demo partner of the local platform, and one on the web. */
    public static final JsonObject PARTNER_ORIGINS = new JsonObject()
            .put("demo-partner", new JsonArray().add("http://localhost:8090").add("http://127.0.0.1:8090"))
            .put("news", new JsonArray().add("https://news.example.org"));

    void start() {
        petition.servePartnerOrigins(PARTNER_ORIGINS);
        petition.start();
        letter.start();
        notification.start();
    }

    void stop() {
        keycloak.stop();
        StandIn.await(vertx.close());
    }

    public StandIn petition() {
        return petition;
    }

    public StandIn letter() {
        return letter;
    }

    public StandIn notification() {
        return notification;
    }

    public FakeKeycloak keycloak() {
        return keycloak;
    }

    /** Everything any stand-in received with this marker in its URI. */
    public java.util.List<Seen> seen(String marker) {
        return java.util.stream.Stream.of(petition, letter, notification)
                .flatMap(standIn -> standIn.seen(marker).stream())
                .toList();
    }
}
