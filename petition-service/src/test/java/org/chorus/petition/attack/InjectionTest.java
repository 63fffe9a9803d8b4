package org.chorus.petition.attack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.chorus.petition.Petition;
import org.chorus.petition.Signer;
import org.chorus.petition.Staff;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * SQL and script payloads in every text field and path parameter are stored as text, byte for byte, or refused with
 * 400/404; they never run: the tables are all there afterwards, nothing waits on pg_sleep, and the petition page
 * shows them escaped.
 */
@QuarkusTest
class InjectionTest {

    static Stream<String> payloads() {
        return Stream.of(
                "'; DROP TABLE signature;--",
                "' OR '1'='1",
                "$$; select pg_sleep(5); $$",
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "{{7*7}}",
                "${7*7}");
    }

    @Inject
    TestPetitions petitions;

    @Inject
    EntityManager em;

    @AfterEach
    void tablesAreIntact() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("petition", "signature", "outbox_event")) {
                assertNotNull(em.createNativeQuery("SELECT to_regclass('" + table + "')::text").getSingleResult(),
                        table);
            }
            em.createNativeQuery("SELECT count(*) FROM signature").getSingleResult();
        });
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void signerTextsAreStoredAsText(String payload) {
        Petition p = petitions.create(Petition.Status.OPEN);
        String email = Signer.newEmail();
        // a postal code has at most 20 characters; a longer payload is refused as too long, which is fine too
        boolean postalCodeFits = payload.length() <= 20;
        Map<String, Object> body = new HashMap<>(Signer.body(email, "MM"));
        body.put("name", payload);
        body.put("postalCode", postalCodeFits ? payload : "10001");
        body.put("source", Map.of("utm_source", payload, "utm_medium", payload, "utm_campaign", payload));

        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(202);
        assertTrue(System.nanoTime() - started < 4_000_000_000L, "nothing slept");

        JsonPath signers = Staff.campaigner().when().get("/api/petitions/{slug}/signatures", p.slug)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(payload, signers.getString("signers.find { it.email == '" + email + "' }.name"));
        assertEquals(postalCodeFits ? payload : "10001",
                signers.getString("signers.find { it.email == '" + email + "' }.postalCode"));
        Object[] utm = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT utm_source, utm_medium, utm_campaign FROM signature WHERE petition_id = ?1")
                .setParameter(1, p.id).getSingleResult());
        assertEquals(List.of(payload, payload, payload), List.of(utm));
        if (!postalCodeFits) {
            body.put("email", Signer.newEmail());
            body.put("postalCode", payload);
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/petitions/{slug}/signatures", p.slug)
                    .then().statusCode(400).body("errors.field", hasItem("postalCode"));
        }
    }

    /**
     * An email field with a payload is no address, except where the payload is a valid local part ({{7*7}} and ${7*7}
     * are, by RFC 5322): then it is an address like any other, stored as text.
     */
    @ParameterizedTest
    @MethodSource("payloads")
    void anEmailFieldWithAPayloadIsRefusedOrStoredAsText(String payload) {
        Petition p = petitions.create(Petition.Status.OPEN);
        for (String email : List.of(payload, "signer@example.org" + payload)) {
            given().contentType(ContentType.JSON).body(Signer.body(email, "MM"))
                    .when().post("/api/petitions/{slug}/signatures", p.slug)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("email"));
        }
        assertEquals(0, petitions.signatures(p.id));

        String localPart = payload + "@example.org";
        int status = given().contentType(ContentType.JSON).body(Signer.body(localPart, "MM"))
                .when().post("/api/petitions/{slug}/signatures", p.slug)
                .then().extract().statusCode();
        if (status == 202) {
            Staff.campaigner().when().get("/api/petitions/{slug}/signatures", p.slug)
                    .then().statusCode(200).body("signers.email", equalTo(List.of(localPart)));
        } else {
            assertEquals(400, status, localPart);
        }
    }

    /** PostgreSQL text cannot hold U+0000: a signer's texts travel on to services that keep them as text. */
    @Test
    void aNulCharacterIsRefusedNotStored() {
        Petition p = petitions.create(Petition.Status.OPEN);
        Map<String, Map<String, Object>> bodies = Map.of(
                "name", Map.of("name", "Aung\u0000San"),
                "postalCode", Map.of("postalCode", "100\u000001"),
                "source.utm_campaign", Map.of("source", Map.of("utm_campaign", "x\u0000")));
        bodies.forEach((field, change) -> {
            Map<String, Object> body = new HashMap<>(Signer.body(Signer.newEmail(), "MM"));
            body.putAll(change);
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/petitions/{slug}/signatures", p.slug)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
        });
        Map<String, Object> draft = Staff.draft();
        draft.put("title", "Stop\u0000");
        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().post("/api/petitions").then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, petitions.signatures(p.id));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void petitionTextsAreStoredAsTextAndShownEscaped(String payload) {
        String slug = Staff.create(withTexts(Staff.draft(), payload));
        assertTexts(slug, payload);

        Staff.campaigner().when().post("/api/petitions/{slug}/publish", slug).then().statusCode(200);
        given().when().get("/api/petitions/{slug}", slug).then().statusCode(200)
                .body("title", equalTo(payload)).body("summary", equalTo(payload));
        for (String lang : List.of("en", "my")) {
            String html = given().when().get("/p/{slug}?lang=" + lang, slug).then().statusCode(200)
                    .extract().asString();
            assertShownEscaped(html, payload);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void editedPetitionTextsAreStoredAsText(String payload) {
        Map<String, Object> draft = Staff.draft();
        String slug = Staff.create(draft);
        withTexts(draft, payload).put("version", 0);
        Staff.campaigner().contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/{slug}", slug)
                .then().statusCode(200);
        assertTexts(slug, payload);
    }

    /** Public and staff paths with a payload as the slug: nothing by that name, and the page does not echo it raw. */
    @ParameterizedTest
    @MethodSource("payloads")
    void aPayloadAsSlugNamesNoPetition(String payload) {
        String slug = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
        given().urlEncodingEnabled(false).when().get("/api/petitions/" + slug).then().statusCode(404)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).when().get("/api/petitions/" + slug + "/tally").then().statusCode(404);
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(Signer.body(Signer.newEmail(), "MM"))
                .when().post("/api/petitions/" + slug + "/signatures").then().statusCode(404);
        String page = given().urlEncodingEnabled(false).when().get("/p/" + slug).then().statusCode(404)
                .extract().asString();
        assertFalse(page.contains(payload) && payload.contains("<"), "echoed raw: " + page);
        Staff.campaigner().urlEncodingEnabled(false).when().get("/api/petitions/" + slug + "/definition")
                .then().statusCode(404);
        Staff.campaigner().urlEncodingEnabled(false).when().get("/api/petitions/" + slug + "/signatures")
                .then().statusCode(404);
        Staff.campaigner().urlEncodingEnabled(false).when().post("/api/petitions/" + slug + "/publish")
                .then().statusCode(404);
        Map<String, Object> draft = Staff.draft();
        draft.put("version", 0);
        int status = Staff.campaigner().urlEncodingEnabled(false).contentType(ContentType.JSON).body(draft)
                .when().put("/api/petitions/" + slug).then().extract().statusCode();
        assertTrue(status == 404 || status == 400, "PUT with a payload as slug: " + status);
    }

    /** A payload as a confirm or withdraw token is no token. */
    @ParameterizedTest
    @MethodSource("payloads")
    void aPayloadAsTokenIsInvalid(String payload) {
        for (String path : List.of("/api/signatures/confirm", "/api/signatures/withdraw")) {
            given().contentType(ContentType.JSON).body(Map.of("token", payload))
                    .when().post(path).then().statusCode(400).contentType("application/problem+json");
        }
        String page = given().queryParam("token", payload).when().get("/confirm").then().extract().asString();
        assertFalse(page.contains(payload) && payload.contains("<"), "echoed raw: " + page);
    }

    private static Map<String, Object> withTexts(Map<String, Object> draft, String payload) {
        draft.put("title", payload);
        draft.put("summary", payload);
        draft.put("body", payload);
        List<Map<String, String>> demands = new ArrayList<>();
        demands.add(Map.of("id", "fuel", "text", payload));
        demands.add(Map.of("id", "icc-referral", "text", payload));
        draft.put("demands", demands);
        draft.put("consentTexts", Map.of("processing", payload, "updates", payload, "partner", payload,
                "nameInLetters", payload, "nameToOwnGovernment", payload));
        return draft;
    }

    private static void assertTexts(String slug, String payload) {
        JsonPath petition = Staff.campaigner().when().get("/api/petitions/{slug}/definition", slug)
                .then().statusCode(200).extract().jsonPath();
        for (String field : List.of("title", "summary", "body", "demands[0].text", "demands[1].text",
                "consentTexts.processing", "consentTexts.updates", "consentTexts.partner", "consentTexts.nameInLetters",
                "consentTexts.nameToOwnGovernment")) {
            assertEquals(payload, petition.getString(field), field);
        }
    }

    private static void assertShownEscaped(String html, String payload) {
        if (payload.contains("<") || payload.contains("\"")) {
            assertFalse(html.contains(payload), "shown unescaped");
        }
        assertTrue(html.contains(escaped(payload)), "shown escaped");
        assertFalse(html.contains("<script>alert"), "no script of ours alerts");
    }

    /** As Qute escapes HTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
