package org.chorus.petition.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.chorus.petition.Petition;
import org.chorus.petition.PetitionText;
import org.chorus.petition.rest.dto.SignRequest;

/**
 * Everything the petition page shows, in one language; built per request, never cached. {@code preview} is set when
 * staff look at the page before or apart from its public address (PreviewPages), and null on the public page.
 */
public record PetitionPage(PageLang lang, String slug, PetitionText text, List<String> paragraphs, String count,
        String target, long countValue, long targetValue, boolean goalReached, boolean open,
        List<LanguageLink> languages, List<Countries.Country> countries, String sensitiveStates, SignForm form,
        SignRequest.Source source, FormErrors errors, String started, Preview preview) {

    /**
     * What the banner of a preview says: a draft is not published yet; either way its form signs nothing, so that
     * staff trying the page cannot add a signature by mistake.
     */
    public record Preview(boolean published) {
    }

    /**
     * A link to the page in another of the petition's languages; it keeps the partner and the campaign the page was
     * opened for.
     */
    public record LanguageLink(String tag, String name, String href, boolean current) {
    }

    /** @param source the campaign of the link that opened the page, cleaned (CampaignSource), or null */
    static PetitionPage of(Petition petition, PageLang lang, long count, SignForm form, SignRequest.Source source,
            FormErrors errors, String started) {
        PetitionText text = petition.text(lang.tag());
        long target = Milestone.next(petition.goal, count);
        return new PetitionPage(lang, petition.slug, text, paragraphs(text.body()), lang.number(count),
                lang.number(target), count, target, Milestone.goalReached(petition.goal, count), petition.isOpen(),
                languages(petition, lang, form.partner(), source), Countries.in(lang.tag()),
                Countries.named(petition.sensitiveStates, lang.tag()), form, source, errors, started, null);
    }

    /**
     * The page as it is or will be published, whatever the petition's status: a draft shows the form it will have
     * once open, inert. The language menu is left out, since its links lead to the public page (the console links
     * the preview in each language).
     */
    static PetitionPage preview(Petition petition, PageLang lang, long count) {
        PetitionText text = petition.text(lang.tag());
        long target = Milestone.next(petition.goal, count);
        boolean draft = petition.status == Petition.Status.DRAFT;
        return new PetitionPage(lang, petition.slug, text, paragraphs(text.body()), lang.number(count),
                lang.number(target), count, target, Milestone.goalReached(petition.goal, count),
                draft || petition.isOpen(), List.of(), Countries.in(lang.tag()),
                Countries.named(petition.sensitiveStates, lang.tag()), SignForm.empty(null), null, FormErrors.none(),
                "", new Preview(!draft));
    }

    /** The sign form; a preview's has nowhere to post (no action), so nothing it holds is sent anywhere. */
    public SignFormView signForm() {
        return new SignFormView(preview == null ? "/p/" + slug : null, lang, text.consents(), sensitiveStates,
                countries, form, errors, started, null, CampaignSource.hiddenFields(source));
    }

    /** English says "1 person has signed", not "1 people have". */
    public boolean oneSigner() {
        return countValue == 1;
    }

    static List<String> locales(Petition petition) {
        return petition.locales == null || petition.locales.isEmpty() ? List.of(petition.defaultLocale())
                : petition.locales;
    }

    /** Blank lines separate paragraphs in a petition's body. */
    private static List<String> paragraphs(String body) {
        return body == null ? List.of()
                : Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<LanguageLink> languages(Petition petition, PageLang current, String partner,
            SignRequest.Source source) {
        List<String> tags = locales(petition);
        if (tags.size() < 2) {
            return List.of();
        }
        StringBuilder kept = new StringBuilder(partner == null ? "" : "&partner=" + partner);
        CampaignSource.hiddenFields(source).forEach(field -> kept.append('&').append(field.name()).append('=')
                .append(URLEncoder.encode(field.value(), StandardCharsets.UTF_8)));
        return tags.stream()
                .map(tag -> new LanguageLink(tag, PageLang.of(tag).autonym(),
                        "/p/" + petition.slug + "?lang=" + tag + kept, tag.equals(current.tag())))
                .toList();
    }
}
