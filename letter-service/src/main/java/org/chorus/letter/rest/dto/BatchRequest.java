package org.chorus.letter.rest.dto;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new delivery batch (API.md): the petition, the targets (a group such as {@code unsc} on the cut-off date, or a
 * list of codes), and the cut-off (now if absent; never in the future).
 */
public record BatchRequest(
        @NotBlank @Size(max = 80) String petition,
        @Size(max = 60) String targetGroup,
        @Size(max = 250) List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
                String> targets,
        Instant cutoff) {
}
