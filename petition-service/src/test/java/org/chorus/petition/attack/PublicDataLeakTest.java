package org.chorus.petition.attack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.SignForms;
import org.chorus.petition.Signer;
import org.chorus.petition.TestPetitions;
import org.chorus.petition.web.FormGuard;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The public cannot read a signer's name, email address or postal code through any public endpoint, page, error or
 * event: two people sign (one confirms), then every public endpoint is called, with their tokens, with their data
 * in invalid input and for unknown petitions, and no answer, body or header, contains any of it. The public
 * endpoints are the ones /q/openapi lists that answer without a token: a new one fails the test until it is called
 * here.
 */
@QuarkusTest
class PublicDataLeakTest {

    /** The operations called below, as /q/openapi names them. */
    private static final Set<String> CALLED = Set.of("GET /api/petitions/{slug}", "GET /api/petitions/{slug}/tally",
            "GET /api/petitions/{slug}/tally/stream", "GET /api/petitions/{slug}/proof-of-work",
            "POST /api/petitions/{slug}/signatures", "POST /api/signatures/confirm", "POST /api/signatures/withdraw",
            "GET /p/{slug}", "POST /p/{slug}", "GET /confirm", "POST /confirm", "GET /withdraw", "POST /withdraw",
            "GET /internal/partner-origins", "GET /widget.js", "GET /embed/{slug}", "POST /embed/{slug}",
            "GET /embed/assets/embed.js", "GET /embed/assets/accent.css");

    record Secret(String name, String email, String postalCode) {

        static Secret fresh() {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            return new Secret("Zephyrine Quill" + id.toUpperCase(Locale.ROOT), "zq." + id + "@leak-test.example.org",
                    "ZQ" + id.toUpperCase(Locale.ROOT));
        }

        Map<String, Object> signBody() {
            Map<String, Object> body = new HashMap<>(Signer.body(email, "MM"));
            body.put("name", name);
            body.put("postalCode", postalCode);
            return body;
        }
    }

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @TestHTTPResource("/")
    URI root;

    private final Set<String> called = new TreeSet<>();
    private Secret[] secrets;

    @Test
    void noPublicAnswerNamesASigner() throws Exception {
        String slug = petitions.create(Petition.Status.OPEN).slug;
        Secret confirmed = Secret.fresh();
        Secret pending = Secret.fresh();
        secrets = new Secret[] { confirmed, pending };
        check("POST /api/petitions/{slug}/signatures", () -> signApi(slug, confirmed.signBody()));
        check("POST /api/petitions/{slug}/signatures", () -> signApi(slug, pending.signBody()));
        String confirmToken = Signer.tokenFor(confirmed.email());
        String pendingToken = Signer.tokenFor(pending.email());
        String withdrawToken = Signer.withdrawTokenFor(pending.email());

        check("GET /confirm", () -> given().queryParam("token", confirmToken).get("/confirm"));
        check("POST /api/signatures/confirm", () -> json(Map.of("token", confirmToken)).post("/api/signatures/confirm"));
        check("POST /api/signatures/confirm", () -> json(Map.of("token", confirmToken)).post("/api/signatures/confirm"));
        check("POST /confirm", () -> form(Map.of("token", confirmToken)).post("/confirm"));
        check("POST /confirm", () -> form(Map.of("token", "not-a-token")).post("/confirm"));
        check("GET /confirm", () -> given().queryParam("token", pendingToken).get("/confirm"));

        check("GET /api/petitions/{slug}", () -> given().get("/api/petitions/{slug}", slug));
        check("GET /api/petitions/{slug}", () -> given().queryParam("locale", "my").get("/api/petitions/{slug}", slug));
        check("GET /api/petitions/{slug}/tally", () -> given().get("/api/petitions/{slug}/tally", slug));
        called.add("GET /api/petitions/{slug}/tally/stream");
        assertNoSecret("tally stream", firstEvent(slug));
        check("GET /api/petitions/{slug}/proof-of-work", () -> given().get("/api/petitions/{slug}/proof-of-work", slug));
        check("GET /p/{slug}", () -> given().get("/p/{slug}", slug));
        check("GET /p/{slug}", () -> given().queryParam("lang", "my").get("/p/{slug}", slug));
        check("GET /internal/partner-origins", () -> given().get("/internal/partner-origins"));
        check("GET /widget.js", () -> given().get("/widget.js"));
        check("GET /embed/{slug}", () -> given().get("/embed/{slug}", slug));
        check("GET /embed/assets/embed.js", () -> given().get("/embed/assets/embed.js"));
        check("GET /embed/assets/accent.css", () -> given().queryParam("c", "8a2be2").get("/embed/assets/accent.css"));

        // signing again with the same address, by the API and by the form, with another name
        check("POST /api/petitions/{slug}/signatures", () -> signApi(slug, confirmed.signBody()));
        Map<String, Object> again = SignForms.filled(guard, slug, "Someone Else", confirmed.email());
        check("POST /p/{slug}", () -> SignForms.post(slug, again));
        // the form shows what was typed again after an error, by design; never what others typed
        Map<String, Object> incomplete = SignForms.filled(guard, slug, "Someone Else", "someone@example.org");
        incomplete.remove("processing");
        check("POST /p/{slug}", () -> SignForms.post(slug, incomplete));
        check("POST /embed/{slug}", () -> SignForms.postEmbedded(slug, again));
        check("POST /embed/{slug}", () -> SignForms.postEmbedded(slug, incomplete));

        // invalid input made of their data: the problem names fields, never values
        for (Map<String, Object> invalid : invalidBodies(confirmed)) {
            check("POST /api/petitions/{slug}/signatures", () -> signApi(slug, invalid));
        }

        check("GET /withdraw", () -> given().queryParam("token", withdrawToken).get("/withdraw"));
        check("POST /withdraw", () -> form(Map.of("token", "not-a-token")).post("/withdraw"));
        check("POST /api/signatures/withdraw", () -> json(Map.of("token", "not-a-token")).post("/api/signatures/withdraw"));
        check("POST /api/signatures/withdraw", () -> json(Map.of("token", withdrawToken)).post("/api/signatures/withdraw"));
        check("POST /withdraw", () -> form(Map.of("token", withdrawToken)).post("/withdraw"));

        // unknown petitions
        check("GET /api/petitions/{slug}", () -> given().get("/api/petitions/{slug}", "no-such-petition"));
        check("GET /api/petitions/{slug}/tally", () -> given().get("/api/petitions/{slug}/tally", "no-such-petition"));
        check("GET /p/{slug}", () -> given().get("/p/{slug}", "no-such-petition"));
        check("POST /api/petitions/{slug}/signatures", () -> signApi("no-such-petition", confirmed.signBody()));
        check("POST /p/{slug}", () -> SignForms.post("no-such-petition",
                SignForms.filled(guard, "no-such-petition", confirmed.name(), confirmed.email())));

        assertEquals(CALLED, called, "every public operation is called above");
    }

    /** A new endpoint that answers without a token fails here until the test above calls it. */
    @Test
    void everyPublicEndpointIsCalledAbove() {
        String slug = petitions.create(Petition.Status.OPEN).slug;
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(Set.of("get", "put", "post", "delete", "patch")::contains)
                .forEach(method -> served.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        assertTrue(served.containsAll(CALLED), "the operations called are the service's: " + served);
        for (String operation : served) {
            if (CALLED.contains(operation)) {
                continue;
            }
            String[] methodAndPath = operation.split(" ");
            // any other path parameter (an id) gets a value of the right shape: the token is checked first anyway
            String path = methodAndPath[1].replace("{slug}", slug).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int status = json(Map.of()).request(methodAndPath[0], path).then().extract().statusCode();
            assertEquals(401, status, operation + " answers without a token: call it in noPublicAnswerNamesASigner");
        }
    }

    private static List<Map<String, Object>> invalidBodies(Secret s) {
        Map<String, Object> badCountry = s.signBody();
        badCountry.put("country", "ZZ");
        Map<String, Object> noConsent = s.signBody();
        noConsent.put("consents", Map.of("processing", false));
        Map<String, Object> nameAsEmail = s.signBody();
        nameAsEmail.put("email", s.name());
        Map<String, Object> longName = s.signBody();
        longName.put("name", s.name().repeat(20));
        Map<String, Object> longPostalCode = s.signBody();
        longPostalCode.put("postalCode", s.postalCode() + s.postalCode() + s.postalCode());
        Map<String, Object> badLocale = s.signBody();
        badLocale.put("locale", s.name());
        Map<String, Object> badPartner = s.signBody();
        badPartner.put("partner", s.email());
        return List.of(badCountry, noConsent, nameAsEmail, longName, longPostalCode, badLocale, badPartner);
    }

    private void check(String operation, Supplier<Response> call) {
        called.add(operation);
        Response response = call.get();
        assertTrue(response.statusCode() < 500, operation + ": " + response.statusCode());
        StringBuilder answer = new StringBuilder(response.asString());
        response.headers().forEach(header -> answer.append('\n').append(header.getName()).append(": ")
                .append(header.getValue()));
        assertNoSecret(operation, answer.toString());
    }

    private void assertNoSecret(String where, String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        for (Secret s : secrets) {
            assertFalse(lower.contains(s.name().toLowerCase(Locale.ROOT)), where + " shows a signer's name");
            assertFalse(lower.contains(s.email().toLowerCase(Locale.ROOT)), where + " shows a signer's email");
            assertFalse(lower.contains(s.email().substring(0, s.email().indexOf('@')).toLowerCase(Locale.ROOT)),
                    where + " shows a signer's email");
            assertFalse(lower.contains(s.postalCode().toLowerCase(Locale.ROOT)), where + " shows a postal code");
        }
    }

    private String firstEvent(String slug) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/petitions/" + slug + "/tally/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        StringBuilder seen = new StringBuilder(response.headers().map().toString());
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            String line;
            do {
                line = CompletableFuture.supplyAsync(it::next).get(10, TimeUnit.SECONDS);
                seen.append('\n').append(line);
            } while (!line.startsWith("data:"));
        }
        return seen.toString();
    }

    private static Response signApi(String slug, Map<String, Object> body) {
        return json(body).post("/api/petitions/{slug}/signatures", slug);
    }

    private static RequestSpecification json(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    private static RequestSpecification form(Map<String, ?> fields) {
        return given().contentType(ContentType.URLENC).formParams(fields);
    }
}
