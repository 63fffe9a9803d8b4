package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.chorus.letter.service.DemoLetterTemplates;
import org.chorus.letter.service.Petitions;
import org.chorus.testing.keycloak.FakeKeycloak;
import org.chorus.testing.keycloak.KeycloakTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The demo letter printed by the real headless Chromium: in Arabic right to left (its lines end at the right
 * margin), in Chinese and Russian with their own text, each as text in the PDF, not pictures of it.
 */
@QuarkusTest
@TestProfile(PdfOn.class)
@QuarkusTestResource(value = FakeKeycloak.class, restrictToAnnotatedClass = true)
class RightToLeftPdfTest {

    private static final String BATCHES = "/api/letters/batches";
    /** The heading of the Arabic letter's manifest: a short line, at the right margin only if laid out right to left. */
    private static final String ARABIC_HEADING = "كيف يمكن التحقق من هذا العدد";

    @Inject
    Petitions petitions;

    @Inject
    DemoLetterTemplates demo;

    @Inject
    StoredRows rows;

    @Test
    void theArabicLetterIsPrintedRightToLeftAndTheChineseAndRussianOnesInTheirScripts() throws Exception {
        rows.forgetTemplates(DemoLetterTemplates.DEMO_PETITION);
        demo.storeIfMissing();
        PublishedPetitions.publishDemo(petitions);
        JsonPath batch = campaigner().contentType(ContentType.JSON)
                .body(Map.of("petition", DemoLetterTemplates.DEMO_PETITION, "targets", List.of("BH", "CN", "RU")))
                .when().post(BATCHES).then().statusCode(201).extract().jsonPath();
        String id = batch.getString("id");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> campaigner()
                .when().get(BATCHES + "/{id}", id).then().body("letters.pdf", everyItem(equalTo(true))));

        Printed arabic = Printed.of(pdf(batch, "BH"));
        // PDFBox gives words in logical order, but not a line that mixes in Latin, nor marks such as the shadda
        for (String words : List.of("إحالة الوضع في ميانمار إلى المحكمة الجنائية الدولية",
                "ونرحب بفرصة مناقشة هذه المطالب مع مكتبكم", ARABIC_HEADING)) {
            assertTrue(arabic.text().contains(words), words + " is in the PDF: " + arabic.text());
        }
        Line heading = arabic.lines().stream().filter(l -> l.text().contains(ARABIC_HEADING)).findFirst()
                .orElseThrow(() -> new AssertionError("no line holds the heading: " + arabic.text()));
        assertTrue(heading.left() > arabic.pageWidth() / 2, "the heading is set at the right margin, it begins at x="
                + heading.left() + " of " + arabic.pageWidth());
        float textRight = (float) arabic.lines().stream().mapToDouble(Line::right).max().orElseThrow();
        assertEquals(textRight, heading.right(), 3.0, "the heading ends where the longest lines end");

        String chinese = Printed.of(pdf(batch, "CN")).text();
        assertTrue(chinese.contains("将缅甸局势提交国际刑事法院"), chinese);
        String russian = Printed.of(pdf(batch, "RU")).text();
        assertTrue(russian.contains("Передать ситуацию в Мьянме в Международный уголовный суд"), russian);
    }

    /** A line of the PDF as PDFBox reads it (in logical order) and how far it reaches on the page. */
    record Line(String text, float left, float right) {
    }

    /** The text of a PDF and its lines with their extent. */
    record Printed(String text, List<Line> lines, float pageWidth) {

        static Printed of(byte[] pdf) throws IOException {
            assertEquals("%PDF-", new String(pdf, 0, 5));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<Line> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        float left = Float.MAX_VALUE;
                        float right = 0;
                        for (TextPosition p : positions) {
                            left = Math.min(left, p.getXDirAdj());
                            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                        }
                        lines.add(new Line(text, left, right));
                        super.writeString(text, positions);
                    }
                };
                String text = stripper.getText(document);
                return new Printed(text, lines, document.getPage(0).getMediaBox().getWidth());
            }
        }
    }

    private static byte[] pdf(JsonPath batch, String code) {
        String letter = batch.getString("letters.find { it.target == '" + code + "' }.id");
        return campaigner().accept("application/pdf")
                .when().get(BATCHES + "/{id}/letters/{letter}", batch.getString("id"), letter)
                .then().statusCode(200).extract().asByteArray();
    }

    private static RequestSpecification campaigner() {
        return given().auth().oauth2(KeycloakTokens.forUserWithRealmRoles("cara", "campaigner"));
    }
}
