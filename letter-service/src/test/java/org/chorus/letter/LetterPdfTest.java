package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchema;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chorus.letter.messaging.Topics;
import org.chorus.letter.service.Petitions;
import org.chorus.testing.kafka.TopicReader;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Every letter is printed to a real PDF by headless Chromium, with fonts for every script a signatory's name may be
 * in; approval waits for the PDFs (the approver approves them too), and each letter goes out with its own PDF, byte
 * for byte, or not at all if it changed after approval.
 */
@QuarkusTest
@TestProfile(PdfOn.class)
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class LetterPdfTest {

    private static final String BATCHES = "/api/letters/batches";
    private static final File SCHEMAS = new File("src/main/resources/schemas");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> NAMES = Map.of("MM", "မောင်မောင်ဦး", "EG", "محمد علي", "CN", "李小龙",
            "RU", "Анна Каренина", "FR", "<b>Marie</b> Curie");

    @Inject
    Petitions petitions;

    @Inject
    StoredRows rows;

    @Test
    void lettersArePrintedWithEveryScriptAndDispatchedWithTheirPdf() throws Exception {
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions);
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<h1>{target.name}</h1><p>{counts.total} people"
                        + " ask you.</p><ol>{#for n in annex}<li>{n.name} ({n.country})</li>{/for}</ol>"))
                .when().put("/api/letters/templates/{slug}/en", petition.slug()).then().statusCode(200);
        List<String> confirmed = new ArrayList<>();
        // Each chose to be named to their own government too, so that the letter to France names them all.
        NAMES.forEach((country, name) -> confirmed.add(SignatureEvents.confirmed(UUID.randomUUID(), petition.id(),
                petition.slug(), UUID.randomUUID(), country, name, true)));
        TopicWriter.sendSignatureEvents(petition.id(), confirmed.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(20)).until(() -> rows.signatories(petition.slug()) == NAMES.size());

        String batch = given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("petition", petition.slug(), "targetGroup", "unsc"))
                .when().post(BATCHES).then().statusCode(201).body("letters", hasSize(15)).extract().path("id");
        // Fifteen letters take seconds to print: approval right away is told to come back, as dispatch would be.
        given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(409).contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("/problems/pdf-pending")).body("detail", containsString("not printed yet"));
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(409).body("detail", containsString("not approved"));

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> given()
                .auth().oauth2(token("cara", "campaigner")).when().get(BATCHES + "/{id}", batch)
                .then().body("letters.pdf", everyItem(equalTo(true))));
        String france = given().auth().oauth2(token("cara", "campaigner")).when().get(BATCHES + "/{id}", batch)
                .then().extract().path("letters.find { it.target == 'FR' }.id");
        byte[] pdf = given().auth().oauth2(token("abel", "approver")).accept("application/pdf")
                .when().get(BATCHES + "/{id}/letters/{letter}", batch, france)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("letter-FR-" + france + ".pdf"))
                .extract().asByteArray();
        assertPrintsEveryScript(pdf);

        given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(200);
        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(200);
        ConsumerRecord<String, String> record = TopicReader.await(Topics.LETTERS,
                r -> r.value().contains(france) && r.value().contains("letter.dispatch-requested"),
                Duration.ofSeconds(20));
        JsonNode letter = JSON.readTree(record.value()).get("data");
        assertThat(letter.toString(), matchesJsonSchema(new File(SCHEMAS, "letter.dispatch-requested.schema.json")));
        JsonNode attached = letter.get("pdf");
        assertEquals("letter-FR-" + france + ".pdf", attached.get("filename").asText());
        assertArrayEquals(pdf, Base64.getDecoder().decode(attached.get("base64").asText()), "the PDF staff saw");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
                attached.get("sha256").asText());
    }

    @Test
    void aPdfChangedInTheDatabaseAfterApprovalIsNotDispatched() throws Exception {
        PublishedPetitions.Published petition = PublishedPetitions.publish(petitions);
        given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("subject", "{petition.title}", "body", "<p>{counts.total} people ask you.</p>"))
                .when().put("/api/letters/templates/{slug}/en", petition.slug()).then().statusCode(200);
        String batch = given().auth().oauth2(token("cara", "campaigner")).contentType(ContentType.JSON)
                .body(Map.of("petition", petition.slug(), "targets", List.of("IE")))
                .when().post(BATCHES).then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> given()
                .auth().oauth2(token("cara", "campaigner")).when().get(BATCHES + "/{id}", batch)
                .then().body("letters.pdf", everyItem(equalTo(true))));
        given().auth().oauth2(token("abel", "approver")).when().post(BATCHES + "/{id}/approve", batch)
                .then().statusCode(200);
        UUID letter = UUID.fromString(given().auth().oauth2(token("cara", "campaigner")).when()
                .get(BATCHES + "/{id}", batch).then().extract().path("letters[0].id"));
        // Other bytes under the stored hash: the hash of the bytes that would go out is what counts.
        assertEquals(1, rows.tamper(
                "UPDATE letter_pdf SET pdf = pdf || decode('20', 'hex') WHERE letter_id = :id", letter));

        given().auth().oauth2(token("cara", "campaigner")).when().post(BATCHES + "/{id}/dispatch", batch)
                .then().statusCode(409).body("type", equalTo("/problems/approval-mismatch"));
    }

    @Test
    void aPdfOfAnUnknownLetterIsNotFound() {
        given().auth().oauth2(token("cara", "campaigner")).accept("application/pdf")
                .when().get(BATCHES + "/{id}/letters/{letter}", UUID.randomUUID(), UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * Each name is text in the PDF (HTML in a name printed as text; the Arabic one right to left, as PDFBox reads
     * it), drawn with embedded fonts.
     */
    private static void assertPrintsEveryScript(byte[] pdf) throws IOException {
        assertEquals("%PDF-", new String(pdf, 0, 5));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            NAMES.forEach((country, name) -> assertTrue(text.contains(name + " (" + country + ")")
                    || text.contains("(" + country + ") " + name), name + " is in the text: " + text));
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getFontDescriptor() == null ? String.valueOf(font.getName())
                            : font.getFontDescriptor().getFontName());
                }
            }
            // Arabic comes from DejaVu Sans or Noto Naskh, whichever fontconfig prefers; these two have one font.
            for (String script : List.of("Myanmar", "CJK")) {
                assertTrue(fonts.stream().anyMatch(f -> f.contains(script)), script + " font embedded: " + fonts);
            }
        }
    }

    private static String token(String user, String... roles) {
        return KeycloakTokens.forUserWithRealmRoles(user, roles);
    }
}
