package org.chorus.letter.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A seat on the Security Council: a state of the directory, from {@code startsOn} to {@code endsOn} (none: permanent). */
public record CouncilTermRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals") String code,
        @NotNull LocalDate startsOn,
        LocalDate endsOn) {

    /** A term as the directory shows it. */
    public record View(UUID id, String code, LocalDate startsOn, LocalDate endsOn) {
    }
}
