package org.chorus.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The two endpoints of Keycloak realm {@code chorus} that token verification uses (discovery and signing keys),
 * served in the test JVM, so that real signed tokens go through quarkus-oidc without a Keycloak; and, on the same
 * server as in a real Keycloak, the token endpoint and the client registration service that registering a partner
 * uses (FakeKeycloakAdmin). The signing key travels to KeycloakTokens as test configuration because test resources and
 * tests may not share a class loader.
 */
public class FakeKeycloak implements QuarkusTestResourceLifecycleManager {

    public static final String SIGNING_KEY = "fake-keycloak.signing-key";
    public static final String ISSUER = "fake-keycloak.issuer";
    /** The stand-in's base address, where a service finds Keycloak and tests find KeycloakAdminStandIn's API. */
    public static final String URL = "fake-keycloak.url";
    public static final String KEY_ID = "fake-keycloak-key";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(KEY_ID);
            key.setAlgorithm("RS256");
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            String realm = "http://localhost:" + server.getAddress().getPort() + "/realms/chorus";
            String jwks = new JsonWebKeySet(key).toJson(OutputControlLevel.PUBLIC_ONLY);
            String discovery = """
                    {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                     "token_endpoint":"%1$s/protocol/openid-connect/token",
                     "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                     "end_session_endpoint":"%1$s/protocol/openid-connect/logout",
                     "id_token_signing_alg_values_supported":["RS256"]}""".formatted(realm);
            server.createContext("/realms/chorus/.well-known/openid-configuration", e -> json(e, discovery));
            server.createContext("/realms/chorus/protocol/openid-connect/certs", e -> json(e, jwks));
            String base = "http://localhost:" + server.getAddress().getPort();
            new FakeKeycloakAdmin().mount(server);
            server.start();
            return Map.of(
                    "quarkus.oidc.auth-server-url", realm,
                    ISSUER, realm,
                    URL, base,
                    SIGNING_KEY, Base64.getEncoder().encodeToString(key.getPrivateKey().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
