package org.chorus.petition.webhook;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a {@code signature.confirmed} webhook call (schemas/webhook.signature-confirmed.schema.json). {@code id}
 * is the delivery's, the same on every retry. The signer's name, email, postal code and language are in it only
 * when the signer agreed to be contacted by the partner; otherwise nothing personal is (the country and the time).
 */
public record WebhookPayload(UUID id, String type, String petition, String partner, Instant confirmedAt,
        String country, Signer signature) {

    public static final String SIGNATURE_CONFIRMED = "signature.confirmed";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Signer(boolean partnerContact, String name, String email, String postalCode, String locale) {

        public static final Signer ANONYMOUS = new Signer(false, null, null, null, null);
    }

    @Override
    public String toString() {
        return "WebhookPayload[id=" + id + ", type=" + type + ", partner=" + partner + "]";
    }
}
