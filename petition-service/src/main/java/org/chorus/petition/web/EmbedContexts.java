package org.chorus.petition.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.rest.dto.SignRequest;
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

    /** As long as SignRequest.Source allows. */
    private static final int MAX_SOURCE_LENGTH = 100;

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
                Accent.parse(params.accent()).orElse(null), source(params));
    }

    /** A page linked as ?source=newsletter, without utm_source, has that as its source. */
    private static SignRequest.Source source(EmbedParams params) {
        String utmSource = cleaned(params.utmSource());
        if (utmSource == null) {
            utmSource = cleaned(params.source());
        }
        String medium = cleaned(params.utmMedium());
        String campaign = cleaned(params.utmCampaign());
        return utmSource == null && medium == null && campaign == null ? null
                : new SignRequest.Source(utmSource, medium, campaign);
    }

    private static String cleaned(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        boolean fits = !s.isEmpty() && s.length() <= MAX_SOURCE_LENGTH
                && s.codePoints().noneMatch(Character::isISOControl);
        return fits ? s : null;
    }
}
