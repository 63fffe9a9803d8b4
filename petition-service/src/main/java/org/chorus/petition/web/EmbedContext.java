package org.chorus.petition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.chorus.petition.rest.dto.SignRequest;
import org.chorus.petition.service.WebOrigins;
import org.chorus.petition.web.SignFormView.HiddenField;

/**
 * Where an embedded sign form is shown, once checked (EmbedContexts).
 *
 * @param partner the registered partner whose widget shows it; null for a missing or unknown slug, whose signatures
 *        are taken unattributed
 * @param frameAncestors the origins that may frame the form: the partner's, or every partner's when it is unknown
 * @param parentOrigin the origin of the page that framed the form, only when it is one of {@code frameAncestors}:
 *        the one window the form may send messages to
 * @param accent the button colour asked for, or null
 * @param source the campaign of the partner's page (its utm_* and source parameters), or null
 */
public record EmbedContext(String partner, String partnerName, List<String> frameAncestors, String parentOrigin,
        Accent accent, SignRequest.Source source) {

    /**
     * No inline script or style: the page's one script (embed.js) and its stylesheets come from us. Framed only by
     * the partner's registered origins (every partner's for an unknown one), and by nobody when there are none.
     */
    String contentSecurityPolicy() {
        // a registry entry that is not a plain origin could otherwise add a directive of its own
        String ancestors = frameAncestors.stream()
                .filter(origin -> WebOrigins.normalize(origin).filter(origin::equals).isPresent())
                .collect(Collectors.joining(" "));
        return "default-src 'none'; script-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors "
                + (ancestors.isEmpty() ? "'none'" : ancestors) + "; base-uri 'none'";
    }

    /** Only a registered partner's own page hears that someone signed, for its conversion count. */
    public boolean announcesSigning() {
        return partner != null && parentOrigin != null;
    }

    /** What the embedded form carries to its POST, besides the partner (the sign form's own field). */
    public List<HiddenField> hiddenFields() {
        List<HiddenField> fields = new ArrayList<>();
        if (accent != null) {
            fields.add(new HiddenField("accent", accent.hex()));
        }
        fields.addAll(CampaignSource.hiddenFields(source));
        addIfSet(fields, "origin", parentOrigin);
        return fields;
    }

    private static void addIfSet(List<HiddenField> fields, String name, String value) {
        if (value != null) {
            fields.add(new HiddenField(name, value));
        }
    }
}
