package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chorus.petition.rest.validation.WebhookUrl;

/** The body of {@code PUT /api/partners/{slug}/webhook}: where the partner's webhook calls go from now on. */
public record WebhookRequest(@NotNull @WebhookUrl @Size(max = 2000) String url) {

    public WebhookRequest {
        url = url == null ? null : url.strip();
    }
}
