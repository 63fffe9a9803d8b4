package org.chorus.letter.attack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.chorus.letter.PublishedPetitions;
import org.chorus.letter.StoredRows;
import org.chorus.letter.service.Petitions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * SQL and script payloads in every text field of targets and templates, and in path parameters, are stored as text,
 * byte for byte, or refused with 400/404; they never run: the tables are all there afterwards, and the letter
 * preview shows the target's texts escaped.
 */
@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class InjectionTest {

    private static final String TARGETS = "/api/letters/targets";
    private static final String CODE = "VA";

    static Stream<String> payloads() {
        return Stream.of(
                "'; DROP TABLE target;--",
                "' OR '1'='1",
                "$$; select pg_sleep(5); $$",
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "{{7*7}}",
                "${7*7}");
    }

    @Inject
    StoredRows rows;

    @Inject
    Petitions petitions;

    @Inject
    EntityManager em;

    @BeforeEach
    void noTargetVa() {
        rows.forgetTargets(CODE);
    }

    @AfterEach
    void tablesAreIntact() {
        rows.forgetTargets(CODE);
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("target", "target_contact", "letter_template", "delivery_batch", "letter",
                    "signatory", "petition")) {
                assertNotNull(em.createNativeQuery("SELECT to_regclass('" + table + "')::text").getSingleResult(),
                        table);
            }
            assertEquals(193L, ((Number) em.createNativeQuery("SELECT count(*) FROM target").getSingleResult())
                    .longValue(), "every UN member state is still there");
        });
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void targetTextsAreStoredAsTextAndShownEscaped(String payload) throws Exception {
        Map<String, Object> target = target(payload, "en");
        String id = given().contentType(ContentType.JSON).body(target).when().post(TARGETS)
                .then().statusCode(201).extract().path("id");
        assertTargetTexts(id, payload);
        given().contentType(ContentType.JSON).body(target(payload, "fr")).when().put(TARGETS + "/{id}", id)
                .then().statusCode(200).body("locale", equalTo("fr"));
        assertTargetTexts(id, payload);

        String slug = PublishedPetitions.publish(petitions).slug();
        given().contentType(ContentType.JSON).body(Map.of("subject", "To {target.name}", "body",
                "<p>{recipient.salutation} {recipient.name}, {recipient.title}, of {target.name}</p>"))
                .when().put("/api/letters/templates/{slug}/{locale}", slug, "fr").then().statusCode(200);
        String html = given().queryParam("target", CODE)
                .when().get("/api/letters/templates/{slug}/{locale}/preview", slug, "fr")
                .then().statusCode(200).extract().asString();
        if (payload.contains("<") || payload.contains("\"")) {
            assertFalse(html.contains(payload), "shown unescaped: " + html);
        }
        assertTrue(html.contains(escaped(payload)), "shown escaped: " + html);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aContactEmailThatIsAPayloadIsRefused(String payload) {
        Map<String, Object> target = target("Holy See", "en");
        target.put("contacts", List.of(contact("Observer", payload)));
        given().contentType(ContentType.JSON).body(target).when().post(TARGETS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** A template is Qute by design: a payload in it is stored as written or refused as a template error. */
    @ParameterizedTest
    @MethodSource("payloads")
    void templateTextsAreStoredAsTextOrRefused(String payload) throws Exception {
        String slug = PublishedPetitions.publish(petitions).slug();
        String subject = "Letter " + payload;
        String body = "<p>" + payload + "</p>";
        int status = given().contentType(ContentType.JSON).body(Map.of("subject", subject, "body", body))
                .when().put("/api/letters/templates/{slug}/{locale}", slug, "en")
                .then().extract().statusCode();
        if (status == 200) {
            JsonPath stored = given().when().get("/api/letters/templates/{slug}/{locale}", slug, "en")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(subject, stored.getString("subject"));
            assertEquals(body, stored.getString("body"));
        } else {
            assertEquals(400, status, "neither stored nor refused");
            given().when().get("/api/letters/templates/{slug}/{locale}", slug, "en").then().statusCode(404);
        }
    }

    /** Ids, slugs and locales that are payloads name nothing. */
    @ParameterizedTest
    @MethodSource("payloads")
    void aPayloadInAPathNamesNothing(String payload) {
        String p = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
        Set<Integer> nothing = Set.of(400, 404);
        for (String path : List.of(TARGETS + "/" + p, "/api/letters/batches/" + p,
                "/api/letters/batches/" + p + "/receipts/" + p, "/api/letters/templates/" + p + "/en",
                "/api/letters/templates/" + p + "/en/preview?target=FR",
                "/api/letters/templates/some-petition/" + p)) {
            int status = given().urlEncodingEnabled(false).when().get(path).then().extract().statusCode();
            assertTrue(nothing.contains(status), "GET " + path + ": " + status);
        }
        int status = given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(target("Holy See", "en"))
                .when().put(TARGETS + "/" + p).then().extract().statusCode();
        assertTrue(nothing.contains(status), "PUT target: " + status);
        status = given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "<p>x</p>"))
                .when().put("/api/letters/templates/" + p + "/en").then().extract().statusCode();
        assertTrue(nothing.contains(status), "PUT template: " + status);
        given().queryParam("target", payload).when().get("/api/letters/templates/{slug}/{locale}/preview",
                "some-petition", "en").then().statusCode(404);
        // a slug the read model has not seen counts nobody (SignatoryQueries#summary), a payload included
        given().urlEncodingEnabled(false).when().get("/api/letters/petitions/" + p + "/signatories/summary")
                .then().statusCode(200).body("total", equalTo(0));
    }

    private static Map<String, Object> target(String text, String locale) {
        return new java.util.HashMap<>(Map.of("code", CODE, "name", text, "locale", locale,
                "contacts", List.of(contact(text, "observer@va.example.org"))));
    }

    private static Map<String, Object> contact(String text, String email) {
        return Map.of("role", "UN_MISSION", "name", text, "title", text, "salutation", text, "email", email,
                "postalAddress", text);
    }

    private static void assertTargetTexts(String id, String payload) {
        JsonPath target = given().when().get(TARGETS + "/{id}", id).then().statusCode(200).extract().jsonPath();
        for (String field : List.of("name", "contacts[0].name", "contacts[0].title", "contacts[0].salutation",
                "contacts[0].postalAddress")) {
            assertEquals(payload, target.getString(field), field);
        }
    }

    /** As Qute escapes HTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
