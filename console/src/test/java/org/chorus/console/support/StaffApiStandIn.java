package org.chorus.console.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The services' staff APIs as the console's tests need them: a few fixed answers, and a record of every call
 * (method, path, bearer token) that tests read at {@code GET /recorded}, so that a test can tell that a refused form
 * reached no service. The console's own behaviour is what these tests are about; the services' is tested in theirs
 * and in the system tests against the real platform.
 */
public class StaffApiStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String URL = "staff-api-stand-in.url";

    private static final String PETITION = """
            {"id":"7d7f4c59-0000-4000-8000-000000000001","slug":"demo","status":"DRAFT","title":"Demo petition",
             "summary":"A summary","body":"A body","demands":[{"id":"icc","text":"Refer Myanmar to the ICC"}],
             "goal":100,"locales":["en","my"],"consentVersion":"v1",
             "consentTexts":{"processing":"p","updates":"u","partner":"pa","nameInLetters":"n","nameToOwnGovernment":null},
             "translations":{},"sensitiveStates":["MM"],"closesAt":null,"publishedAt":null,"closedAt":null,
             "updatedAt":"2026-12-01T10:00:00Z","version":3}""";
    /** A draft in three languages with a French title and one French demand: what the translation fields show. */
    private static final String TRANSLATED = PETITION.replace("\"slug\":\"demo\"", "\"slug\":\"translated\"")
            .replace("\"locales\":[\"en\",\"my\"]", "\"locales\":[\"en\",\"fr\",\"my\"]")
            .replace("\"demands\":[", "\"demands\":[{\"id\":\"embargo\",\"text\":\"An arms embargo\"},")
            .replace("\"translations\":{}", """
                    "translations":{"fr":{"title":"Petition de demo","summary":null,"body":null,
                     "demands":{"icc":"Saisir la CPI"},"consents":null}}""");
    /** petition-service's refusal of a translated title that is too long. */
    private static final String PROBLEM_400_TRANSLATION = """
            {"type":"/problems/validation","title":"Invalid request","status":400,"detail":"1 invalid field",
             "errors":[{"field":"translations[fr].title","message":"size must be between 0 and 200"}]}""";
    private static final String OWN_BATCH = """
            {"id":"own","status":"AWAITING_APPROVAL","petition":"demo","cutoff":"2026-12-01T10:00:00Z",
             "targetGroup":"unsc","snapshot":{"total":2,"byCountry":{"FR":2}},
             "manifest":{"count":2,"root":"r","idsSha256":"h"},"letters":[],"createdBy":"approver",
             "createdAt":"2026-12-01T10:00:00Z","changedBy":null,"changedAt":null,"changeReason":null,
             "approvedBy":null,"approvedAt":null,"dispatchedBy":null,"dispatchedAt":null,"withdrawnAfterDispatch":0}""";
    private static final String TEMPLATE_EN = """
            {"petition":"demo","locale":"en","subject":"Saved subject","body":"<p>Saved body</p>",
             "updatedAt":"2026-12-01T10:00:00Z","updatedBy":"demo","reviewed":true,"reviewedBy":"demo",
             "reviewedAt":"2026-12-01T10:00:00Z","textSha256":"abc"}""";
    private static final String TEMPLATE_ERROR = """
            {"type":"/problems/template","title":"Invalid template","status":400,
             "detail":"The template cannot be used: see errors for the line.",
             "errors":[{"field":"body","message":"line %d: nickname not found on a value","line":%d,"column":4}]}""";
    private static final String DRAFT_LETTER =
            "<html lang=\"en\"><body><p>Draft letter rendered by the stand-in</p></body></html>";
    private static final String LETTER = """
            {"id":"%s","target":"%s","targetName":"%s","locale":"%s","status":"%s","pdf":true,
             "recipients":[{"role":"UN_MISSION","name":"Mission","email":"mission@example.org"}],
             "directoryDiffers":%s}""";
    private static final String MIXED_BATCH = OWN_BATCH.replace("\"id\":\"own\"", "\"id\":\"mixed\"")
            .replace("\"createdBy\":\"approver\"", "\"createdBy\":\"casey\"")
            .replace("\"letters\":[]", "\"letters\":["
                    + LETTER.formatted("l-bh", "BH", "Bahrain", "ar", "PENDING", true) + ","
                    + LETTER.formatted("l-gb", "GB", "United Kingdom", "en", "PENDING", false) + "]");
    private static final String SENT_BATCH = OWN_BATCH.replace("\"id\":\"own\"", "\"id\":\"sent\"")
            .replace("\"petition\":\"demo\"", "\"petition\":\"other\"")
            .replace("AWAITING_APPROVAL", "DISPATCHED")
            .replace("\"letters\":[]", "\"letters\":[" + LETTER.formatted("l-fr", "FR", "France", "fr", "SENT", true)
                    + "]");
    private static final String REPLY = """
            {"id":"r1","letterId":"l-fr","kind":"ACKNOWLEDGED","receivedAt":"2026-12-02T09:00:00Z",
             "summary":"Receipt acknowledged by the mission","recordedBy":"casey",
             "recordedAt":"2026-12-02T10:00:00Z"}""";
    private static final String PROBLEM_DISPATCHED = """
            {"type":"/problems/conflict","title":"Conflict","status":409,
             "detail":"The batch was dispatched: its recipients can no longer change."}""";
    private static final String PROBLEM_FUTURE_REPLY = """
            {"type":"/problems/validation","title":"Invalid input","status":400,
             "detail":"Some fields are missing or invalid.",
             "errors":[{"field":"receivedAt","message":"must be a date in the past or in the present"}]}""";
    private static final String PROBLEM_409 = """
            {"type":"/problems/four-eyes","title":"The creator of a batch cannot approve it","status":409,
             "detail":"Another approver must approve this batch."}""";
    private static final String PARTNER = """
            {"slug":"friends","name":"Friends of Myanmar","allowedOrigins":["https://friends.example.org"],
             "contact":null,"webhookUrl":null,"clientId":"friends","createdAt":"2026-12-01T10:00:00Z",
             "createdBy":"demo"}""";
    private static final String PROBLEM_400_ORIGIN = """
            {"type":"/problems/validation","title":"Invalid request","status":400,"detail":"1 invalid field",
             "errors":[{"field":"allowedOrigins[1]","message":"must be a web origin such as https://example.org"}]}""";
    private static final String PROBLEM_404 = """
            {"type":"/problems/not-found","title":"Not found","status":404}""";

    private HttpServer server;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/recorded", e -> answer(e, 200, "text/plain", String.join("\n", calls)));
        server.createContext("/api", this::api);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("chorus.console.petition-service-url", url, "chorus.console.letter-service-url", url,
                "chorus.console.notification-service-url", url, URL, url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void api(HttpExchange e) throws IOException {
        String method = e.getRequestMethod();
        String path = e.getRequestURI().getPath();
        String query = e.getRequestURI().getRawQuery();
        String auth = e.getRequestHeaders().getFirst("Authorization");
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(method + " " + path + (query == null ? "" : "?" + query) + " " + (auth == null ? "-" : auth)
                + (body.isEmpty() ? "" : " " + body));
        String key = method + " " + path;
        switch (key) {
            case "GET /api/petitions" -> json(e, 200, "[" + PETITION.replace("\"status\":\"DRAFT\"",
                    "\"status\":\"DRAFT\",\"signatures\":{\"pending\":1,\"confirmed\":2}") + "]");
            case "GET /api/petitions/demo/definition" -> json(e, 200, PETITION);
            case "GET /api/petitions/demo/preview" -> answer(e, 200, "text/html;charset=UTF-8", """
                    <!DOCTYPE html><html><head><link rel="stylesheet" href="/p/assets/petition.css"></head><body>
                    <p class="preview-banner">Preview: not published, this form does not sign.</p>
                    <p>asked for %s</p></body></html>""".formatted(e.getRequestURI().getQuery()));
            case "GET /api/petitions/translated/definition" -> json(e, 200, TRANSLATED);
            // a French title that says "refuse me" is refused as petition-service refuses one too long
            case "PUT /api/petitions/translated" -> {
                if (body.contains("refuse me")) {
                    problem(e, 400, PROBLEM_400_TRANSLATION);
                } else {
                    json(e, 200, TRANSLATED);
                }
            }
            case "POST /api/petitions/demo/publish" -> json(e, 200, PETITION.replace("DRAFT", "PUBLISHED"));
            case "GET /api/letters/batches" -> json(e, 200, "{\"page\":0,\"size\":50,\"total\":0,\"items\":[]}");
            case "GET /api/letters/groups" -> json(e, 200, "[]");
            case "GET /api/partners" -> json(e, 200, "[]");
            case "GET /api/petitions/demo/tally" -> json(e, 200, """
                    {"total":2,"byCountry":{"FR":2},"updatedAt":"2026-12-01T10:00:00Z"}""");
            case "GET /api/petitions/demo/stats" -> json(e, 200, """
                    {"total":{"confirmed":2,"pending":1},"confirmationRate":0.6666666,
                     "perHour":[{"at":"2026-12-01T09:00:00Z","signed":0,"confirmed":0},
                                {"at":"2026-12-01T10:00:00Z","signed":3,"confirmed":2}],
                     "perDay":[{"at":"2026-12-01T00:00:00Z","signed":3,"confirmed":2}],
                     "byCountry":{"FR":2},"byPartner":[{"partner":"demo-partner","confirmed":1,"pending":0},
                                                       {"partner":null,"confirmed":1,"pending":1}],
                     "bySource":[{"source":"newsletter","medium":"email","campaign":"dec","confirmed":1,"pending":0}]}""");
            case "GET /api/notifications/stats" -> json(e, 200, """
                    {"queued":3,"oldestQueuedAt":"2026-12-01T10:00:00Z","queueDelaySeconds":42,"sent":9,"failed":0,
                     "bounced":1,"suppressed":0,"bounceRate":0.1,"suppressionListSize":5}""");
            case "POST /api/partners" -> {
                if (body.contains("javascript:")) {
                    problem(e, 400, PROBLEM_400_ORIGIN);
                    return;
                }
                json(e, 201, """
                    {"slug":"friends","name":"Friends of Myanmar","allowedOrigins":["https://friends.example.org"],
                     "contact":null,"webhookUrl":null,"clientId":"friends","clientSecret":"client-secret-shown-once",
                     "webhookSecret":null,"createdAt":"2026-12-01T10:00:00Z"}""");
            }
            case "PUT /api/letters/targets/t1" -> json(e, 200, "{}");
            case "GET /api/partners/friends" -> json(e, 200, PARTNER);
            case "PUT /api/partners/friends/origins" -> {
                if (body.contains("javascript:")) {
                    problem(e, 400, PROBLEM_400_ORIGIN);
                } else {
                    json(e, 200, PARTNER);
                }
            }
            case "GET /api/letters/templates/demo" -> json(e, 200, """
                    [{"locale":"ar","subject":"s","updatedAt":"2026-12-01T10:00:00Z","updatedBy":"demo","reviewed":false,
                      "reviewedBy":null,"reviewedAt":null},
                     {"locale":"en","subject":"s","updatedAt":"2026-12-01T10:00:00Z","updatedBy":"demo","reviewed":true,
                      "reviewedBy":"demo","reviewedAt":"2026-12-01T10:00:00Z"}]""");
            case "GET /api/notifications/suppression-list" -> json(e, 200, "{\"addresses\":5}");
            case "GET /api/notifications/emails" -> json(e, 200, "{\"page\":0,\"size\":50,\"total\":0,\"items\":[]}");
            case "GET /api/letters/batches/own" -> json(e, 200, OWN_BATCH);
            case "GET /api/letters/templates/demo/en" -> json(e, 200, TEMPLATE_EN);
            case "GET /api/letters/batches/mixed" -> json(e, 200, MIXED_BATCH);
            case "POST /api/letters/batches/mixed/recipients/refresh" -> json(e, 200, MIXED_BATCH);
            case "GET /api/letters/batches/sent" -> json(e, 200, SENT_BATCH);
            case "POST /api/letters/batches/sent/recipients/refresh" -> problem(e, 409, PROBLEM_DISPATCHED);
            case "GET /api/letters/batches/sent/letters/l-fr/replies" -> json(e, 200, "[" + REPLY + "]");
            // a reply said to come in 2099 is refused as letter-service refuses a time in the future
            case "POST /api/letters/batches/sent/letters/l-fr/replies" -> {
                if (body.contains("2099")) {
                    problem(e, 400, PROBLEM_FUTURE_REPLY);
                } else {
                    json(e, 201, REPLY);
                }
            }
            // a text that names petition.nickname is letter-service's template error, on the line it is on
            case "PUT /api/letters/templates/demo/en" -> {
                if (body.contains("nickname")) {
                    problem(e, 400, templateError(body));
                } else {
                    json(e, 200, TEMPLATE_EN);
                }
            }
            case "POST /api/letters/templates/demo/en/preview" -> {
                if (body.contains("nickname")) {
                    problem(e, 400, templateError(body));
                } else {
                    answer(e, 200, "text/html;charset=UTF-8", DRAFT_LETTER);
                }
            }
            case "POST /api/letters/batches/own/approve" -> problem(e, 409, PROBLEM_409);
            default -> problem(e, 404, PROBLEM_404);
        }
    }

    /** The line of the posted body (JSON, where a line break is written \\n) that names petition.nickname. */
    private static String templateError(String body) {
        String text = body.substring(body.indexOf("\"body\":"));
        int line = text.substring(0, text.indexOf("nickname")).split(Pattern.quote("\\n"), -1).length;
        return TEMPLATE_ERROR.formatted(line, line);
    }

    private static void json(HttpExchange e, int status, String body) throws IOException {
        answer(e, status, "application/json", body);
    }

    private static void problem(HttpExchange e, int status, String body) throws IOException {
        answer(e, status, "application/problem+json", body);
    }

    private static void answer(HttpExchange e, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length);
        try (var out = e.getResponseBody()) {
            out.write(bytes);
        }
    }
}
