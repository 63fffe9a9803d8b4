package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.List;

import org.chorus.petition.Partner;

/**
 * The answer to registering a partner: the only time its client secret and webhook secret are shown. Whoever
 * registers it hands the client id and secret to the partner, who gets tokens with them (client-credentials flow),
 * and the webhook secret (null without a webhook URL), with which it checks each webhook call's signature.
 */
public record RegisteredPartner(String slug, String name, List<String> allowedOrigins, String contact,
        String webhookUrl, String clientId, String clientSecret, String webhookSecret, Instant createdAt) {

    public static RegisteredPartner of(Partner p, String clientSecret, String webhookSecret) {
        return new RegisteredPartner(p.slug, p.name, p.origins(), p.contact, p.webhookUrl,
                p.clientId, clientSecret, webhookSecret, p.createdAt);
    }

    @Override
    public String toString() {
        return "RegisteredPartner[slug=" + slug + ", clientId=" + clientId + "]";
    }
}
