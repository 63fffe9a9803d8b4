package org.chorus.letter;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.chorus.letter.events.PetitionPublished;
import org.chorus.letter.service.DemoLetterTemplates;
import org.chorus.letter.service.LetterModel;
import org.chorus.letter.service.LetterRenderer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The demo campaign's letters render with a real letter's values, in English and French, names escaped. */
@QuarkusTest
class DemoLetterTemplatesTest {

    @Inject
    LetterRenderer renderer;

    @Test
    void bothDemoTemplatesRenderWithTheManifestAndTheAnnex() {
        for (String locale : DemoLetterTemplates.SUBJECTS.keySet()) {
            LetterRenderer.Rendered letter = renderer.render(DemoLetterTemplates.SUBJECTS.get(locale),
                    DemoLetterTemplates.body(locale), model());
            assertThat(letter.subject(), containsString("1234"));
            assertThat(letter.html(), containsString("abc123root"));
            assertThat(letter.html(), containsString("&lt;i&gt;Thida&lt;/i&gt; (MM)"));
            assertThat(letter.html(), not(containsString("<i>Thida</i>")));
            assertThat(letter.html(), containsString("56"));
        }
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
