package org.chorus.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * Just enough of Keycloak's realm chorus for bearer tokens: discovery and keys. It is not listening when the gateway
 * starts (as when Keycloak is down); a test starts it when it needs tokens checked.
 */
public final class FakeKeycloak {

    private final Vertx vertx;
    private final int port;
    private final RsaJsonWebKey realmKey = newKey("realm");
    private final RsaJsonWebKey strangerKey = newKey("realm");
    private HttpServer server;

    FakeKeycloak(Vertx vertx) {
        this.vertx = vertx;
        this.port = freePort();
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/chorus";
    }

    public synchronized void start() {
        if (server == null) {
            server = StandIn.await(vertx.createHttpServer().requestHandler(this::handle).listen(port));
        }
    }

    synchronized void stop() {
        if (server != null) {
            StandIn.await(server.close());
        }
    }

    /** A token of the realm, as Keycloak would issue to a signed-in campaigner. */
    public String token() {
        return sign(realmKey);
    }

    /** Looks like a token of the realm, but is signed by a key the realm never had. */
    public String forgedToken() {
        return sign(strangerKey);
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.endsWith("/.well-known/openid-configuration")) {
            json(request, new JsonObject()
                    .put("issuer", realmUrl())
                    .put("jwks_uri", realmUrl() + "/protocol/openid-connect/certs")
                    .put("token_endpoint", realmUrl() + "/protocol/openid-connect/token")
                    .put("authorization_endpoint", realmUrl() + "/protocol/openid-connect/auth"));
        } else if (path.endsWith("/protocol/openid-connect/certs")) {
            json(request, new JsonObject(new JsonWebKeySet(realmKey).toJson()));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private static void json(HttpServerRequest request, JsonObject body) {
        request.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    private String sign(RsaJsonWebKey key) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(realmUrl());
        claims.setSubject("f3c1c1a2-campaigner");
        claims.setAudience("gateway");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setGeneratedJwtId();
        claims.setClaim("typ", "Bearer");
        claims.setClaim("preferred_username", "campaigner");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey newKey(String keyId) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(keyId);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nobody listens on now; Keycloak "comes up" there later. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
