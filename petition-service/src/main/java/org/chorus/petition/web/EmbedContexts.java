package org.chorus.petition.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.service.PartnerOrigins;
import org.chorus.petition.service.WebOrigins;

/**
 * Makes sense of what a partner's page passed to the embedded form. Nothing in it can break the form: an unknown
 * partner counts as none, an origin that may not frame the form gets no messages, a colour that is not one is
 * ignored, and campaign values that would not fit are dropped rather than refused (a signer cannot correct a hidden
 * field).
 */
@ApplicationScoped
public class EmbedContexts {

    private final PartnerOrigins origins;

    public EmbedContexts(PartnerOrigins origins) {
        this.origins = origins;
    }

    EmbedContext of(EmbedParams params) {
        String slug = SignForm.partnerOrNull(params.partner());
        Optional<String> name = origins.name(slug);
        String partner = name.isPresent() ? slug : null;
        List<String> ancestors = partner != null ? origins.allowedOrigins(partner) : List.copyOf(origins.allOrigins());
        String parentOrigin = WebOrigins.normalize(params.origin()).filter(ancestors::contains).orElse(null);
        return new EmbedContext(partner, name.orElse(null), ancestors, parentOrigin,
                Accent.parse(params.accent()).orElse(null),
                CampaignSource.of(params.utmSource(), params.utmMedium(), params.utmCampaign(), params.source()));
    }
}
