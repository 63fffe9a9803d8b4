package org.chorus.letter.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.letter.LetterTemplate;
import org.chorus.letter.Petition;
import org.chorus.letter.events.PetitionPublished;
import org.chorus.letter.rest.dto.TemplateRequest;

/**
 * Letter templates, one per petition and language. A template is accepted only if it renders with a letter's
 * values (sample ones), so a mistake is a 400 with its line when staff save it, not a broken letter later.
 */
@ApplicationScoped
public class LetterTemplates {

    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}");
    private static final String SAMPLE_ROOT = "9f2c1e0b5a7d4c3e8f1a6b2d0c9e7f5a3b1d8c6e4f2a0b9c7d5e3f1a8b6c4d2e";

    private final Petitions petitions;
    private final LetterRenderer renderer;
    private final AuditTrail audit;

    public LetterTemplates(Petitions petitions, LetterRenderer renderer, AuditTrail audit) {
        this.petitions = petitions;
        this.renderer = renderer;
        this.audit = audit;
    }

    @Transactional
    public TemplateRequest.View put(String slug, String locale, TemplateRequest request, String user) {
        checkLocale(locale);
        Petition petition = petition(slug);
        renderer.render(request.subject(), request.body(), sample(petition, locale));
        LetterTemplate template = LetterTemplate.<LetterTemplate> findByIdOptional(new LetterTemplate.Key(slug, locale))
                .orElseGet(LetterTemplate::new);
        boolean isNew = template.petitionSlug == null;
        template.petitionSlug = slug;
        template.locale = locale;
        template.subject = request.subject();
        template.body = request.body();
        template.updatedAt = Instant.now();
        template.updatedBy = user;
        if (isNew) {
            template.persist();
        }
        audit.record(user, "template.put", slug + "/" + locale, Map.of("petition", slug, "locale", locale,
                "created", isNew));
        return view(template);
    }

    @Transactional
    public TemplateRequest.View get(String slug, String locale) {
        checkLocale(locale);
        return view(LetterTemplate.<LetterTemplate> findByIdOptional(new LetterTemplate.Key(slug, locale))
                .orElseThrow(() -> new UnknownEntryException("There is no letter template for this petition and language.")));
    }

    private Petition petition(String slug) {
        return petitions.bySlug(slug).orElseThrow(() -> new UnknownEntryException(
                "letter-service knows no published petition with this slug."));
    }

    private static void checkLocale(String locale) {
        if (!LOCALE.matcher(locale).matches()) {
            throw new InvalidEntryException("locale", "must be a language code such as en, fr or zh");
        }
    }

    /** Values of the shape a real letter has, to try a template with before it is stored. */
    private Map<String, Object> sample(Petition petition, String locale) {
        PetitionPublished.Texts texts = petitions.textsIn(petition, locale);
        return LetterModel.of(petition.slug, texts, "Sample State", "MM",
                new LetterModel.Recipient("Permanent Representative of Sample State to the United Nations",
                        "Permanent Representative", "Excellency"),
                new LetterModel.Counts(1234, 56, 12), new LetterModel.ManifestLine(1234, SAMPLE_ROOT, SAMPLE_ROOT),
                List.of(new LetterModel.Named("Aung San", "MM")), LocalDate.now().toString(), LocalDate.now().toString());
    }

    private static TemplateRequest.View view(LetterTemplate t) {
        return new TemplateRequest.View(t.petitionSlug, t.locale, t.subject, t.body, t.updatedAt, t.updatedBy);
    }
}
