package org.chorus.testing.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The parts of Keycloak realm {@code chorus} that registering a partner uses, answering as Keycloak 26 does with the
 * realm's accounts and policies (deploy/local/keycloak/realm-chorus.json): the token endpoint (client credentials of
 * petition-service's client only), and the client registration service, where petition-service's token may register
 * a client within the realm's registration policies (no protocol mapper, no client scope but the realm's defaults and
 * {@code partner}, no client URI, never full scope) and the registration access token it answers opens that client
 * alone. petition-service's token opens nothing of the admin REST API (403): its account holds realm-management's
 * create-client only. The stand-in keeps what it was told in memory, so a test can look at the clients it holds,
 * and it can be switched to failing, through a small control API under {@code /_stand-in} (tests and test resources
 * may not share a class loader, so they talk over HTTP):
 * <ul>
 * <li>{@code GET /_stand-in/clients}: every client registered, with its secret and its representation as stored;</li>
 * <li>{@code GET /_stand-in/calls}: each call so far, as "METHOD path";</li>
 * <li>{@code POST /_stand-in/mode?set=up|unavailable|hang-up}: the token endpoint, the registration service and the
 * admin API answer, answer 503, or close the connection without an answer (discovery and keys keep working);</li>
 * <li>{@code POST /_stand-in/refuse?path-ending=...&status=N}: registration and admin calls whose path ends so
 * answer N;</li>
 * <li>{@code POST /_stand-in/reset}: up, and nothing refused.</li>
 * </ul>
 */
final class FakeKeycloakAdmin {

    /** Petition-service's client in the tests; the stand-in grants tokens to it alone. */
    static final String ADMIN_CLIENT_ID = "petition-service";
    static final String ADMIN_CLIENT_SECRET = "petition-service-test-secret";

    private static final String REGISTRATIONS = "/realms/chorus/clients-registrations/default";
    /** Clients a real realm chorus has from its import and Keycloak's own: a partner may not take their ids. */
    private static final List<String> EXISTING_CLIENTS = List.of("gateway", "petition-service", "letter-service",
            "notification-service", "demo-partner", "chorus-cli", "account", "account-console", "admin-cli", "broker",
            "realm-management", "security-admin-console");
    /** The realm's default client scopes, and the one more scope its registration policy lets a client name. */
    private static final Set<String> ALLOWED_SCOPES = Set.of("basic", "acr", "roles", "profile", "email",
            "web-origins", "offline_access", "partner");
    private static final List<String> CLIENT_URIS = List.of("redirectUris", "rootUrl", "baseUrl", "adminUrl",
            "webOrigins");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Client(String id, String clientId, Map<String, Object> representation, String secret,
            String registrationAccessToken) {
    }

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final List<String> calls = new ArrayList<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private volatile String mode = "up";

    void mount(HttpServer server) {
        server.createContext("/realms/chorus/protocol/openid-connect/token", e -> serve(e, this::token));
        server.createContext(REGISTRATIONS, e -> serve(e, this::registrations));
        server.createContext("/admin/realms/chorus/", e -> serve(e, this::admin));
        server.createContext("/_stand-in/", this::control);
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void serve(HttpExchange exchange, Handler handler) throws IOException {
        synchronized (calls) {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        }
        switch (mode) {
            case "unavailable" -> send(exchange, 503, Map.of("error", "Service Unavailable"));
            case "hang-up" -> exchange.close();
            default -> handler.handle(exchange);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange.getRequestBody());
        if (!"client_credentials".equals(form.get("grant_type")) || !ADMIN_CLIENT_ID.equals(form.get("client_id"))
                || !ADMIN_CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, Map.of("error", "unauthorized_client",
                    "error_description", "Invalid client or Invalid client credentials"));
            return;
        }
        String token = UUID.randomUUID().toString();
        issuedTokens.add(token);
        send(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", 300));
    }

    /** petition-service's account holds no role the admin API asks for. */
    private void admin(HttpExchange exchange) throws IOException {
        if (refused(exchange)) {
            return;
        }
        if (issued(bearer(exchange))) {
            send(exchange, 403, Map.of("error", "HTTP 403 Forbidden"));
        } else {
            send(exchange, 401, Map.of("error", "HTTP 401 Unauthorized"));
        }
    }

    private void registrations(HttpExchange exchange) throws IOException {
        if (refused(exchange)) {
            return;
        }
        String path = exchange.getRequestURI().getPath().substring(REGISTRATIONS.length());
        String method = exchange.getRequestMethod();
        if (path.isEmpty() && method.equals("POST")) {
            register(exchange);
        } else if (path.startsWith("/") && method.equals("DELETE")) {
            delete(exchange, path.substring(1));
        } else {
            send(exchange, 405, Map.of("error", "Method Not Allowed"));
        }
    }

    private void register(HttpExchange exchange) throws IOException {
        if (!issued(bearer(exchange))) {
            send(exchange, 401, Map.of("error", "invalid_token", "error_description", "Not authenticated"));
            return;
        }
        Map<String, Object> rep = JSON.readValue(exchange.getRequestBody(), new TypeReference<>() {
        });
        String refusal = policyRefusal(rep);
        if (refusal != null) {
            send(exchange, 403, Map.of("error", "insufficient_scope", "error_description", refusal));
            return;
        }
        String clientId = (String) rep.get("clientId");
        if (EXISTING_CLIENTS.contains(clientId)
                || clients.values().stream().anyMatch(c -> c.clientId().equals(clientId))) {
            send(exchange, 400, Map.of("error", "invalid_client_metadata",
                    "error_description", "Client Identifier in use"));
            return;
        }
        Map<String, Object> stored = new HashMap<>(rep);
        stored.put("fullScopeAllowed", false);
        Client client = new Client(UUID.randomUUID().toString(), clientId, stored,
                UUID.randomUUID().toString().replace("-", ""), "rat-" + UUID.randomUUID());
        clients.put(client.id(), client);
        Map<String, Object> answer = withId(client);
        answer.put("secret", client.secret());
        answer.put("registrationAccessToken", client.registrationAccessToken());
        send(exchange, 201, answer);
    }

    /** What the realm's authenticated registration policies say to the client, or null when they let it be. */
    @SuppressWarnings("unchecked")
    private static String policyRefusal(Map<String, Object> rep) {
        if (rep.get("protocolMappers") instanceof List<?> mappers && !mappers.isEmpty()) {
            return "Policy 'No protocol mappers' rejected request to client-registration service. "
                    + "Details: ProtocolMapper type not allowed";
        }
        for (String scopes : List.of("defaultClientScopes", "optionalClientScopes")) {
            if (rep.get(scopes) instanceof List<?> named && !ALLOWED_SCOPES.containsAll((List<String>) named)) {
                return "Policy 'Partner scope only' rejected request to client-registration service. "
                        + "Details: Not permitted to use specified clientScope";
            }
        }
        for (String uri : CLIENT_URIS) {
            Object value = rep.get(uri);
            if (value instanceof String s && !s.isEmpty() || value instanceof List<?> l && !l.isEmpty()) {
                return "Policy 'No client URIs' rejected request to client-registration service. "
                        + "Details: URI doesn't match any trusted host or trusted domain";
            }
        }
        return null;
    }

    /** Only the client's own registration access token opens it; any other token is unauthorized (401). */
    private void delete(HttpExchange exchange, String clientId) throws IOException {
        String token = bearer(exchange);
        Client client = clients.values().stream().filter(c -> c.clientId().equals(clientId)).findFirst().orElse(null);
        if (client == null || !client.registrationAccessToken().equals(token)) {
            send(exchange, issued(token) ? 403 : 401,
                    Map.of("error", "invalid_token", "error_description", "Not authorized to delete client"));
            return;
        }
        clients.remove(client.id());
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** Answers and returns true when a test told the stand-in to refuse this path. */
    private boolean refused(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        for (Map.Entry<String, Integer> refusal : refusals.entrySet()) {
            if (path.endsWith(refusal.getKey())) {
                send(exchange, refusal.getValue(), Map.of("error", "refused by the test"));
                return true;
            }
        }
        return false;
    }

    /** A token of petition-service's that the token endpoint issued. */
    private boolean issued(String token) {
        return token != null && issuedTokens.contains(token);
    }

    private static String bearer(HttpExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        return auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
    }

    private void control(HttpExchange exchange) throws IOException {
        String what = exchange.getRequestURI().getPath().substring("/_stand-in/".length());
        Map<String, String> query = query(exchange);
        switch (what) {
            case "clients" -> {
                List<Map<String, Object>> all = new ArrayList<>();
                clients.values().forEach(c -> {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("id", c.id());
                    view.put("clientId", c.clientId());
                    view.put("secret", c.secret());
                    view.put("representation", c.representation());
                    all.add(view);
                });
                send(exchange, 200, all);
            }
            case "calls" -> {
                synchronized (calls) {
                    send(exchange, 200, List.copyOf(calls));
                }
            }
            case "mode" -> {
                mode = query.getOrDefault("set", "up");
                send(exchange, 200, Map.of("mode", mode));
            }
            case "refuse" -> {
                refusals.put(query.get("path-ending"), Integer.parseInt(query.get("status")));
                send(exchange, 200, Map.copyOf(refusals));
            }
            case "reset" -> {
                mode = "up";
                refusals.clear();
                send(exchange, 200, Map.of("mode", mode));
            }
            default -> send(exchange, 404, Map.of("error", "no such control: " + what));
        }
    }

    private static Map<String, Object> withId(Client c) {
        Map<String, Object> rep = new HashMap<>(c.representation());
        rep.put("id", c.id());
        return rep;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? Map.of() : decode(raw);
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        return decode(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
