package org.chorus.letter;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.chorus.letter.events.PetitionPublished;
import org.chorus.letter.service.DemoLetterTemplates;
import org.chorus.letter.service.LetterModel;
import org.chorus.letter.service.LetterRenderer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo campaign's letters render with a real letter's values in the six UN official languages, names escaped;
 * each translation prints what the English original prints, with the petition's title and demands translated.
 */
@QuarkusTest
class DemoLetterTemplatesTest {

    private static final Pattern VALUE = Pattern.compile("\\{([a-z][\\w.]*)\\}");
    /** What the English original quotes from the petition, which has no text in most of these languages. */
    private static final Set<String> TRANSLATED_IN_THE_TEMPLATE = Set.of("petition.title", "d.text");

    @Inject
    LetterRenderer renderer;

    @Test
    void everyDemoTemplateRendersWithTheManifestAndTheAnnex() {
        assertThat(DemoLetterTemplates.SUBJECTS.keySet(), containsInAnyOrder("ar", "en", "es", "fr", "ru", "zh"));
        for (String locale : DemoLetterTemplates.SUBJECTS.keySet()) {
            LetterRenderer.Rendered letter = renderer.render(DemoLetterTemplates.SUBJECTS.get(locale),
                    DemoLetterTemplates.body(locale), model());
            assertThat(letter.subject(), containsString("1234"));
            assertThat(letter.html(), containsString("abc123root"));
            assertThat(letter.html(), containsString("def456ids"));
            assertThat(letter.html(), containsString("&lt;i&gt;Thida&lt;/i&gt; (MM)"));
            assertThat(letter.html(), not(containsString("<i>Thida</i>")));
            assertThat(letter.html(), containsString("56"));
            assertThat(letter.html(), containsString("<html lang=\"" + locale + "\""));
            if (!locale.equals("en")) {
                assertThat(locale, letter.html(), not(containsString("Refer Myanmar to the ICC.")));
                assertThat(locale, letter.html(), not(containsString("Machine translation")));
            }
        }
    }

    @Test
    void eachTranslationPrintsWhatTheEnglishOriginalPrintsAndAllFiveDemands() {
        Set<String> original = values(DemoLetterTemplates.body("en"));
        original.removeAll(TRANSLATED_IN_THE_TEMPLATE);
        for (String locale : List.of("ar", "es", "ru", "zh")) {
            String body = DemoLetterTemplates.body(locale);
            assertEquals(original, values(body), locale);
            assertEquals(5, body.split("<li>", -1).length - 2, locale + ": five demands and the annex's names");
            assertThat(locale, body, containsString("Machine translation of letter-template-en.html"));
        }
    }

    private static Set<String> values(String template) {
        Set<String> values = new TreeSet<>();
        Matcher value = VALUE.matcher(template.replaceAll("(?s)\\{!.*?!\\}", ""));
        while (value.find()) {
            values.add(value.group(1));
        }
        return values;
    }

    private static Map<String, Object> model() {
        PetitionPublished.Texts texts = new PetitionPublished.Texts("Stop the arms flow",
                List.of(new PetitionPublished.Demand("icc-referral", "Refer Myanmar to the ICC.")));
        return LetterModel.of(DemoLetterTemplates.DEMO_PETITION, texts, "France", "FR",
                new LetterModel.Recipient("Permanent Representative of France", "Permanent Representative", "Excellency"),
                new LetterModel.Counts(1234, 56, 12), new LetterModel.ManifestLine(1234, "abc123root", "def456ids"),
                List.of(new LetterModel.Named("<i>Thida</i>", "MM")), "2026-11-28T12:00:00Z", "2026-11-28");
    }
}
