package org.chorus.letter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.chorus.letter.events.PetitionPublished;
import org.chorus.letter.service.DemoLetterTemplates;
import org.chorus.letter.service.LetterModel;
import org.chorus.letter.service.LetterRenderer;
import org.chorus.letter.service.Petitions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * A letter template cannot make the service loop without end, fill its memory or its stack: such a template, and
 * one that fails on a value, is a 400 template problem when it is saved, never a 500 or a hung request. A real
 * letter with a long annex of names still renders.
 */
@QuarkusTest
@TestSecurity(user = "campaigner", roles = "campaigner")
class TemplateBoundsTest {

    private static final String TEMPLATE = "/api/letters/templates/{slug}/{locale}";

    static Stream<String> tooMuchWork() {
        return Stream.of(
                "{#for i in 1000000000}{/for}",
                "{#for i in 3000000000L}{/for}",
                "{#for a in 1500}{#for b in 1000}{/for}{/for}",
                "{#for a in 400}<p>" + "x".repeat(50_000) + "</p>{/for}",
                "{#if 1}".repeat(6_000) + "{/}".repeat(6_000));
    }

    static Stream<String> failingOnAValue() {
        return Stream.of(
                "{petition.demands.get(100)}",
                "{petition.demands.take(-1)}",
                "{#for i in -5}{/for}",
                "{#for c in date}{c}{/for}",
                "{counts.total.mod(0)}");
    }

    @Inject
    Petitions petitions;

    @Inject
    LetterRenderer renderer;

    private String slug;

    @BeforeEach
    void publishAPetition() throws Exception {
        slug = PublishedPetitions.publish(petitions).slug();
    }

    @ParameterizedTest
    @MethodSource("tooMuchWork")
    void aTemplateThatWouldLoopWithoutEndOrFillTheMemoryOrTheStackIsRefused(String body) {
        given().contentType(ContentType.JSON).body(Map.of("subject", "Letter", "body", body))
                .when().put(TEMPLATE, slug, "en")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("type", equalTo("/problems/template")).body("errors[0].field", equalTo("body"));
    }

    @ParameterizedTest
    @MethodSource("failingOnAValue")
    void aTemplateThatFailsOnAValueIsA400(String body) {
        given().contentType(ContentType.JSON).body(Map.of("subject", "Letter", "body", "<p>" + body + "</p>"))
                .when().put(TEMPLATE, slug, "en")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("type", equalTo("/problems/template"));
    }

    @Test
    void aLetterNamingOneHundredThousandSignatoriesStillRenders() {
        List<LetterModel.Named> annex = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            annex.add(new LetterModel.Named("Signatory number " + i, "MM"));
        }
        Map<String, Object> model = LetterModel.of(DemoLetterTemplates.DEMO_PETITION,
                new PetitionPublished.Texts("Stop the arms flow",
                        List.of(new PetitionPublished.Demand("icc-referral", "Refer Myanmar to the ICC."))),
                "France", "FR", new LetterModel.Recipient("Permanent Representative of France", null, "Excellency"),
                new LetterModel.Counts(250_000, 1_000, 90), new LetterModel.ManifestLine(250_000, "root", "ids"),
                annex, "2026-11-28T12:00:00Z", "2026-11-28");
        String html = renderer.render(DemoLetterTemplates.SUBJECTS.get("en"), DemoLetterTemplates.body("en"), model)
                .html();
        assertTrue(html.contains("<li>Signatory number 99999 (MM)</li>"), "the last name is printed");
    }
}
