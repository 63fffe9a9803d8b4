package org.chorus.letter.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A group of targets that staff name, by the members' codes. */
public record GroupRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 250) List<@NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "must be an ISO 3166-1 alpha-2 code in capitals") String> members) {

    /** A group as the directory shows it. */
    public record View(String slug, String name, List<String> members) {
    }
}
