package org.chorus.letter.rest.dto;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A petition's letter in one language: the email subject and the letter itself, a Qute HTML template. Values it
 * prints are escaped. What it can use: {@code petition.title}, {@code petition.demands} (each {@code id}, {@code text}),
 * {@code target.name}, {@code target.code}, {@code recipient.name}, {@code recipient.title},
 * {@code recipient.salutation}, {@code counts.total}, {@code counts.inCountry}, {@code counts.countries},
 * {@code manifest.count}, {@code manifest.root}, {@code manifest.idsSha256}, {@code annex} (each {@code name},
 * {@code country}: the names this letter's target may get, batch/NamePolicy; none in a letter to a state the
 * petition accuses), {@code cutoff} and {@code date}. With them: the sections {@code #if}/{@code #else},
 * {@code #for}/{@code #each} (and {@code d_count}, {@code d_hasNext} ...), {@code #let}, {@code #with} and
 * {@code #when}/{@code #is}; a list's or map's {@code size}, {@code isEmpty}, {@code get(i)}, {@code first},
 * {@code last}; the operators {@code ?:}, {@code or}, {@code &&}, {@code ||}, {@code eq}/{@code is}, {@code +}, {@code -}
 * and {@code mod} on numbers. Nothing else: no namespace ({@code config:}, {@code inject:}, {@code str:} ...), no
 * method of a Java object, no {@code raw}, no other template ({@code #include}, {@code #insert}, {@code #eval},
 * {@code #fragment}); one rendering does at most a million steps and writes at most 16 MiB of characters
 * (service/SandboxedEngine, RenderBudget). A template that uses anything else is a 400 when it is saved. The
 * letter's root element says the template's language and direction ({@code lang}, {@code dir}: service/LetterLanguage),
 * whatever the template's own root says.
 */
public record TemplateRequest(
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 100_000) String body) {

    /**
     * A stored template as staff read it back: whether a person reviewed this text in its language (a machine
     * translation is unreviewed until someone does), and {@code textSha256}, which a review names.
     */
    public record View(String petition, String locale, String subject, String body, Instant updatedAt,
            String updatedBy, boolean reviewed, String reviewedBy, Instant reviewedAt, String textSha256) {
    }

    /** One of a petition's templates in the list of its languages: the text itself is in the View. */
    public record Summary(String locale, String subject, Instant updatedAt, String updatedBy, boolean reviewed,
            String reviewedBy, Instant reviewedAt) {
    }
}
