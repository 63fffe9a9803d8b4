package org.chorus.letter.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A state in the directory: ISO 3166-1 alpha-2 code, name, the language its letters are written in (a template
 * locale such as ar, zh, en, fr, ru, es), and at most one contact per role.
 */
public record TargetRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "must be a language code such as en, fr or zh") String locale,
        @NotNull @Size(max = 2) List<@Valid @NotNull ContactRequest> contacts) {
}
