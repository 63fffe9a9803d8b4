package org.chorus.petition.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chorus.petition.rest.validation.WebOrigin;

/** The body of {@code PUT /api/partners/{slug}/origins}: the partner's new origins, checked as at registration. */
public record OriginsRequest(
        @NotNull @Size(min = 1, max = 20, message = "must list 1 to 20 origins")
        List<@NotNull @WebOrigin String> allowedOrigins) {
}
