package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import org.chorus.petition.rest.validation.ConsistentPetition;
import org.chorus.petition.rest.validation.CountryCode;

/**
 * The body of {@code POST /api/petitions} and {@code PUT /api/petitions/{slug}}: the whole petition, texts of the
 * default locale (the first of {@code locales}) at the top, other locales in {@code translations}. An edit also
 * carries the {@code version} it was made from, so that one campaigner cannot silently overwrite another's edit.
 * {@code sensitiveStates} are the states the petition accuses (ISO 3166-1 alpha-2 codes, none if absent): no
 * signer's name ever goes into a letter to their governments. Sizes fit the columns and keep a whole petition inside
 * the service's 64 KB request limit.
 */
@ConsistentPetition
public record PetitionRequest(
        @NotNull @Size(min = 3, max = 80) @Pattern(regexp = SLUG, message = "must be lower-case words joined by hyphens, such as myanmar-arms-embargo") String slug,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String summary,
        @NotBlank @Size(max = 20000) String body,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid DemandInput> demands,
        @NotNull @Min(1) @Max(100_000_000) Integer goal,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Pattern(regexp = LOCALE, message = "must be a language tag such as en, my or pt-BR") String> locales,
        @NotBlank @Size(max = 40) String consentVersion,
        @NotNull @Valid ConsentTextsInput consentTexts,
        @Size(max = 30) Map<String, @NotNull @Valid TranslationInput> translations,
        @Future Instant closesAt,
        @Size(max = 50) List<@NotNull @CountryCode String> sensitiveStates,
        @NotNull(groups = Edit.class, message = "must be the version of the petition this edit was made from") @PositiveOrZero Long version) {

    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String LOCALE = "^[a-z]{2,3}(-[A-Z]{2})?$";

    /** Validation of an edit: everything a new petition needs, and the version. */
    public interface Edit extends Default {
    }

    public PetitionRequest {
        translations = translations == null ? Map.of() : translations;
        sensitiveStates = sensitiveStates == null ? List.of() : sensitiveStates;
    }

    public record DemandInput(
            @NotNull @Pattern(regexp = "^[a-z0-9-]{1,40}$", message = "must be 1 to 40 lower-case letters, digits or hyphens") String id,
            @NotBlank @Size(max = 1000) String text) {
    }

    public record ConsentTextsInput(
            @NotBlank @Size(max = 2000) String processing,
            @NotBlank @Size(max = 2000) String updates,
            @NotBlank @Size(max = 2000) String partner,
            @NotBlank @Size(max = 2000) String nameInLetters,
            @Size(max = 2000) String nameToOwnGovernment) {
    }

    /**
     * Any text left out falls back to the default locale's; consents, if given, must be complete (but for
     * nameToOwnGovernment, which falls back to the page's own words in the locale).
     */
    public record TranslationInput(
            @Size(max = 200) String title,
            @Size(max = 2000) String summary,
            @Size(max = 20000) String body,
            @Size(max = 20) Map<String, @NotBlank @Size(max = 1000) String> demands,
            @Valid ConsentTextsInput consents) {
    }
}
