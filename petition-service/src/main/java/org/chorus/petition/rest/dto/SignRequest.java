package org.chorus.petition.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chorus.petition.rest.validation.CountryCode;
import org.chorus.petition.rest.validation.WithoutNul;

/** The body of {@code POST /api/petitions/{slug}/signatures}. */
@WithoutNul
public record SignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email(regexp = DOMAIN_NAME) @Size(max = 254) String email,
        @NotBlank @CountryCode String country,
        @Size(max = 20) String postalCode,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a language tag such as en or my") String locale,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a partner slug") String partner,
        @Valid Source source,
        @NotNull @Valid Consents consents,
        @Valid ProofOfWorkSolution proofOfWork) {

    /**
     * The part after the @ is a host name: dot-separated labels of letters, digits and inner hyphens. Hibernate's own
     * check also lets through the other characters RFC 5322 allows in a local part ({@code a@example.org{{7*7}}}),
     * which name no host, so that mail to them could only bounce.
     */
    static final String DOMAIN_NAME = "[^@]+@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+";

    /** Phones' autocomplete adds spaces around what people type; they never make an input invalid. */
    public SignRequest {
        name = trim(name);
        email = trim(email);
        country = trim(country);
        postalCode = trim(postalCode);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public record Source(@Size(max = 100) String utm_source, @Size(max = 100) String utm_medium,
            @Size(max = 100) String utm_campaign) {
    }

    /** Only asked for when the proof of work is switched on (abuse/ProofOfWork). */
    public record ProofOfWorkSolution(@Size(max = 300) String challenge, @Size(max = 40) String nonce) {
    }

    public record Consents(
            @NotNull @AssertTrue(message = "must be true: we cannot count a signature without consent to process it") Boolean processing,
            Boolean updates, Boolean partner, Boolean nameInLetters, Boolean nameToOwnGovernment) {

        /** Named to the government of one's own country too: only with the consent to be named at all. */
        public boolean namedToOwnGovernment() {
            return Boolean.TRUE.equals(nameInLetters) && Boolean.TRUE.equals(nameToOwnGovernment);
        }
    }
}
