package org.chorus.letter.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A person vouches for a template's text in its language: the {@code textSha256} of the version they read (from
 * the template's view), so that a text someone saved in the meantime is not marked reviewed unread.
 */
public record TemplateReview(@NotNull @Pattern(regexp = "[0-9a-f]{64}") String textSha256) {
}
