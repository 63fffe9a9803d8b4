package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.List;

import org.chorus.petition.Partner;

/** A registered partner as staff see it. Its client secret is nowhere: Chorus shows it once and keeps none. */
public record PartnerView(String slug, String name, List<String> allowedOrigins, String contact, String webhookUrl,
        String clientId, Instant createdAt, String createdBy) {

    public static PartnerView of(Partner p) {
        return new PartnerView(p.slug, p.name, p.origins(), p.contact, p.webhookUrl, p.clientId,
                p.createdAt, p.createdBy);
    }
}
