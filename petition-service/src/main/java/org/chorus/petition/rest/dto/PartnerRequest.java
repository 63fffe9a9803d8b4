package org.chorus.petition.rest.dto;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chorus.petition.rest.validation.WebOrigin;
import org.chorus.petition.rest.validation.WebhookUrl;

/**
 * The body of {@code POST /api/partners}. The slug is what signatures name ({@code partner} of a SignRequest, with
 * the same pattern) and becomes the partner's Keycloak client id.
 */
public record PartnerRequest(
        @NotNull @Pattern(regexp = SLUG, message = "must be a partner slug: a lower-case letter or digit, then up to 79 lower-case letters, digits or hyphens") String slug,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(min = 1, max = 20, message = "must list 1 to 20 origins") List<@NotNull @WebOrigin String> allowedOrigins,
        @Email @Size(max = 254) String contact,
        @WebhookUrl @Size(max = 2000) String webhookUrl) {

    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,79}";

    public PartnerRequest {
        name = name == null ? null : name.strip();
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
    }
}
