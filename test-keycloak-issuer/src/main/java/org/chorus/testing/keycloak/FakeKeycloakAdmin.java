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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The parts of Keycloak realm {@code chorus} that registering a partner uses, answering as Keycloak does: the token
 * endpoint (client-credentials of petition-service's client only) and the admin REST API for clients, their service
 * account users, realm role mappings and secrets. It keeps what it was told in memory, so a test can look at the
 * clients it holds, and it can be switched to failing, through a small control API under {@code /_stand-in}
 * (tests and test resources may not share a class loader, so they talk over HTTP):
 * <ul>
 * <li>{@code GET /_stand-in/clients}: every client made through the admin API, with its secret and the realm roles
 * of its service account;</li>
 * <li>{@code GET /_stand-in/calls}: each call so far, as "METHOD path";</li>
 * <li>{@code POST /_stand-in/mode?set=up|unavailable|hang-up}: the token endpoint and the admin API answer, answer
 * 503, or close the connection without an answer (discovery and keys keep working);</li>
 * <li>{@code POST /_stand-in/refuse?path-ending=...&status=N}: admin calls whose path ends so answer N;</li>
 * <li>{@code POST /_stand-in/reset}: up, and nothing refused.</li>
 * </ul>
 */
final class FakeKeycloakAdmin {

    /** Petition-service's client in the tests; the stand-in grants admin tokens to it alone. */
    static final String ADMIN_CLIENT_ID = "petition-service";
    static final String ADMIN_CLIENT_SECRET = "petition-service-test-secret";

    /** Clients a real realm chorus has from its import and Keycloak's own: a partner may not take their ids. */
    private static final List<String> EXISTING_CLIENTS = List.of("gateway", "petition-service", "letter-service",
            "notification-service", "demo-partner", "chorus-cli", "account", "account-console", "admin-cli", "broker",
            "realm-management", "security-admin-console");
    private static final List<String> REALM_ROLES = List.of("campaigner", "approver", "admin", "partner",
            "default-roles-chorus", "offline_access", "uma_authorization");
    private static final Pattern CLIENT = Pattern.compile("/clients/([^/]+)(/service-account-user|/client-secret)?");
    private static final Pattern ROLE_MAPPING = Pattern.compile("/users/([^/]+)/role-mappings/realm(/available)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Client(String id, String clientId, Map<String, Object> representation, String secret,
            String serviceAccountUserId) {
    }

    private final String baseUrl;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, List<String>> userRealmRoles = new ConcurrentHashMap<>();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final List<String> calls = new ArrayList<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private volatile String mode = "up";

    FakeKeycloakAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void mount(HttpServer server) {
        server.createContext("/realms/chorus/protocol/openid-connect/token", e -> serve(e, this::token));
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

    private void admin(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !issuedTokens.contains(auth.substring(7))) {
            send(exchange, 401, Map.of("error", "HTTP 401 Unauthorized"));
            return;
        }
        String path = exchange.getRequestURI().getPath().substring("/admin/realms/chorus".length());
        for (Map.Entry<String, Integer> refusal : refusals.entrySet()) {
            if (path.endsWith(refusal.getKey())) {
                send(exchange, refusal.getValue(), Map.of("error", "refused by the test"));
                return;
            }
        }
        String method = exchange.getRequestMethod();
        Matcher client = CLIENT.matcher(path);
        Matcher roles = ROLE_MAPPING.matcher(path);
        if (path.equals("/clients") && method.equals("POST")) {
            createClient(exchange);
        } else if (path.equals("/clients") && method.equals("GET")) {
            findClients(exchange);
        } else if (client.matches()) {
            client(exchange, method, clients.get(client.group(1)), client.group(2));
        } else if (roles.matches() && userRealmRoles.containsKey(roles.group(1))) {
            realmRoles(exchange, method, roles.group(1), roles.group(2) != null);
        } else {
            send(exchange, 404, Map.of("error", "Could not find " + path));
        }
    }

    private void createClient(HttpExchange exchange) throws IOException {
        Map<String, Object> rep = JSON.readValue(exchange.getRequestBody(), new TypeReference<>() {
        });
        String clientId = (String) rep.get("clientId");
        if (EXISTING_CLIENTS.contains(clientId)
                || clients.values().stream().anyMatch(c -> c.clientId().equals(clientId))) {
            send(exchange, 409, Map.of("errorMessage", "Client " + clientId + " already exists"));
            return;
        }
        String id = UUID.randomUUID().toString();
        String user = Boolean.TRUE.equals(rep.get("serviceAccountsEnabled")) ? UUID.randomUUID().toString() : null;
        if (user != null) {
            userRealmRoles.put(user, new ArrayList<>(List.of("default-roles-chorus")));
        }
        clients.put(id, new Client(id, clientId, rep, UUID.randomUUID().toString().replace("-", ""), user));
        exchange.getResponseHeaders().set("Location", baseUrl + "/admin/realms/chorus/clients/" + id);
        exchange.sendResponseHeaders(201, -1);
        exchange.close();
    }

    private void findClients(HttpExchange exchange) throws IOException {
        String clientId = query(exchange).get("clientId");
        List<Map<String, Object>> found = new ArrayList<>();
        clients.values().stream().filter(c -> clientId == null || c.clientId().equals(clientId))
                .forEach(c -> found.add(withId(c)));
        send(exchange, 200, found);
    }

    private void client(HttpExchange exchange, String method, Client client, String sub) throws IOException {
        if (client == null) {
            send(exchange, 404, Map.of("error", "Could not find client"));
        } else if (sub == null && method.equals("DELETE")) {
            clients.remove(client.id());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else if (sub == null) {
            send(exchange, 200, withId(client));
        } else if (sub.equals("/client-secret")) {
            send(exchange, 200, Map.of("type", "secret", "value", client.secret()));
        } else if (client.serviceAccountUserId() == null) {
            send(exchange, 400, Map.of("error", "Service account not enabled for the client"));
        } else {
            send(exchange, 200, Map.of("id", client.serviceAccountUserId(), "username",
                    "service-account-" + client.clientId(), "enabled", true));
        }
    }

    private void realmRoles(HttpExchange exchange, String method, String user, boolean available) throws IOException {
        List<String> held = userRealmRoles.get(user);
        if (available) {
            send(exchange, 200, REALM_ROLES.stream().filter(r -> !held.contains(r)).map(FakeKeycloakAdmin::role)
                    .toList());
        } else if (method.equals("POST")) {
            List<Map<String, Object>> added = JSON.readValue(exchange.getRequestBody(), new TypeReference<>() {
            });
            for (Map<String, Object> role : added) {
                if (!REALM_ROLES.contains(role.get("name")) || !roleId((String) role.get("name")).equals(role.get("id"))) {
                    send(exchange, 404, Map.of("error", "Could not find role"));
                    return;
                }
            }
            added.forEach(r -> held.add((String) r.get("name")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            send(exchange, 200, held.stream().map(FakeKeycloakAdmin::role).toList());
        }
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
                    view.put("serviceAccountRealmRoles", c.serviceAccountUserId() == null ? List.of()
                            : userRealmRoles.get(c.serviceAccountUserId()));
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

    private static Map<String, Object> role(String name) {
        return Map.of("id", roleId(name), "name", name, "composite", false, "clientRole", false,
                "containerId", "chorus");
    }

    /** Stable per name, as a real realm's role ids are. */
    private static String roleId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
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
