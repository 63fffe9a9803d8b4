package org.chorus.petition.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DemoTranslationTest {

    /** Text written in the Myanmar script, not left in English. */
    private static final Pattern BURMESE = Pattern.compile(".*\\p{IsMyanmar}{3}.*", Pattern.DOTALL);

    @Test
    void theDemoPetitionIsWholeInBurmese() throws IOException {
        JsonNode demo = read();
        assertEquals("my", demo.path("locales").path(1).asText());
        JsonNode my = demo.path("translations").path("my");
        for (String text : new String[] { "title", "summary", "body" }) {
            assertTrue(BURMESE.matcher(my.path(text).asText()).matches(), text);
        }
        for (JsonNode demand : demo.path("demands")) {
            String id = demand.path("id").asText();
            assertTrue(BURMESE.matcher(my.path("demands").path(id).asText()).matches(), "demand " + id);
        }
        demo.path("consentTexts").fieldNames().forEachRemaining(consent -> assertTrue(
                BURMESE.matcher(my.path("consents").path(consent).asText()).matches(), "consent " + consent));
    }

    @Test
    void theTranslationKeepsTheConsentVersionAndTheEnglishTexts() throws IOException {
        JsonNode demo = read();
        assertEquals("consent-2026-12", demo.path("consentVersion").asText(),
                "the consent texts changed when the second choice (own government) came");
        assertTrue(demo.path("title").asText().startsWith("Myanmar: stop the weapons"));
    }

    @Test
    void theDemoAccusesMyanmarAndAsksForTheSecondChoiceInBothLanguages() throws IOException {
        JsonNode demo = read();
        assertEquals("[\"MM\"]", demo.path("sensitiveStates").toString());
        assertTrue(demo.path("consentTexts").path("nameToOwnGovernment").asText().contains("my own country"));
        assertTrue(BURMESE.matcher(demo.path("translations").path("my").path("consents").path("nameToOwnGovernment")
                .asText()).matches());
    }

    private static JsonNode read() throws IOException {
        try (InputStream in = DemoTranslationTest.class.getClassLoader().getResourceAsStream(DemoCampaign.RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
