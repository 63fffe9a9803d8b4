package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/signatures/confirm}. */
public record TokenRequest(@NotBlank @Size(max = 100) String token) {
}
