package org.chorus.petition.rest.dto;

/**
 * The answer to setting a partner's webhook: the only time its new secret is shown. Whoever set it hands the secret
 * to the partner, who checks each call's signature with it; the secret before it no longer signs anything.
 */
public record WebhookView(String partner, String url, String webhookSecret) {

    @Override
    public String toString() {
        return "WebhookView[partner=" + partner + "]";
    }
}
