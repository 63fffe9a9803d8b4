package org.chorus.petition.web;

import org.chorus.petition.Petition;
import org.chorus.petition.PetitionText;

/** The embedded sign form in one language: the petition's title and summary, and the form. */
public record EmbedPage(PageLang lang, String slug, PetitionText text, boolean open, SignFormView signForm,
        EmbedContext embed) {

    static EmbedPage of(Petition petition, PageLang lang, SignForm form, FormErrors errors, String started,
            EmbedContext embed) {
        PetitionText text = petition.text(lang.tag());
        SignFormView view = new SignFormView("/embed/" + petition.slug, lang, text.consents(),
                Countries.named(petition.sensitiveStates, lang.tag()), Countries.in(lang.tag()), form, errors, started,
                embed.partnerName(), embed.hiddenFields());
        return new EmbedPage(lang, petition.slug, text, petition.isOpen(), view, embed);
    }

    /** The whole petition, in a tab of its own, still counted for the partner. */
    public String petitionHref() {
        return "/p/" + slug + "?lang=" + lang.tag() + (embed.partner() == null ? "" : "&partner=" + embed.partner());
    }
}
