package org.chorus.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A test's view of FakeKeycloak's client registration service (FakeKeycloakAdmin): what it holds and what it was
 * asked, and switches that make it fail as a real Keycloak can. Call {@link #reset()} after a test that switched it:
 * it serves every test class of the JVM.
 */
public final class KeycloakAdminStandIn {

    /** The client secret of petition-service that the stand-in accepts. */
    public static final String ADMIN_CLIENT_SECRET = FakeKeycloakAdmin.ADMIN_CLIENT_SECRET;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakAdminStandIn() {
    }

    /** Every client registered: id, clientId, secret, representation (as Keycloak keeps it). */
    public static List<Map<String, Object>> clients() {
        return JSON.convertValue(get("clients"), new TypeReference<>() {
        });
    }

    /** The client of that clientId, or null. */
    public static Map<String, Object> client(String clientId) {
        return clients().stream().filter(c -> clientId.equals(c.get("clientId"))).findFirst().orElse(null);
    }

    /** Each call to the token endpoint, the client registration service and the admin API so far, as "METHOD path". */
    public static List<String> calls() {
        return JSON.convertValue(get("calls"), new TypeReference<>() {
        });
    }

    /** The token endpoint, the registration service and the admin API answer 503 from now on. */
    public static void unavailable() {
        post("mode?set=unavailable");
    }

    /** The token endpoint, the registration service and the admin API close each connection unanswered from now on. */
    public static void hangingUp() {
        post("mode?set=hang-up");
    }

    /** Registration and admin calls whose path ends with {@code pathEnding} answer {@code status} from now on. */
    public static void refuse(String pathEnding, int status) {
        post("refuse?path-ending=" + pathEnding + "&status=" + status);
    }

    public static void reset() {
        post("reset");
    }

    private static Object get(String what) {
        return send(HttpRequest.newBuilder(uri(what)).GET());
    }

    private static void post(String what) {
        send(HttpRequest.newBuilder(uri(what)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static Object send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the Keycloak stand-in answered " + response.statusCode());
            }
            return JSON.readValue(response.body(), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String what) {
        return URI.create(ConfigProvider.getConfig().getValue(FakeKeycloak.URL, String.class) + "/_stand-in/" + what);
    }
}
