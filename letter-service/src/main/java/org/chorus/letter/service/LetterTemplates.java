package org.chorus.letter.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.letter.LetterTemplate;
import org.chorus.letter.Petition;
import org.chorus.letter.events.PetitionPublished;
import org.chorus.letter.rest.dto.TemplateRequest;
import org.chorus.letter.rest.dto.TemplateReview;

/**
 * Letter templates, one per petition and language. A template is accepted only if it renders with a letter's
 * values (sample ones), so a mistake is a 400 with its line when staff save it, not a broken letter later.
 * <p>
 * A person vouches for a template's text by reviewing it (most templates are translations, some by machine). The
 * review belongs to the text: saving another subject or body makes the template unreviewed again, whoever saves it,
 * because the one who saves may have pasted a machine translation; saving the same text again keeps it. A review
 * names the text it read (its SHA-256), so that a text saved meanwhile is not marked reviewed unread.
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
        LetterTemplate template = LetterTemplate.<LetterTemplate> findByIdOptional(new LetterTemplate.Key(slug, locale),
                LockModeType.PESSIMISTIC_WRITE).orElseGet(LetterTemplate::new);
        boolean isNew = template.petitionSlug == null;
        if (isNew || !request.subject().equals(template.subject) || !request.body().equals(template.body)) {
            template.reviewedBy = null;
            template.reviewedAt = null;
        }
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
                .orElseThrow(LetterTemplates::noTemplate));
    }

    /** {@code user} vouches for the template's text, the one whose SHA-256 they name. */
    @Transactional
    public TemplateRequest.View review(String slug, String locale, TemplateReview review, String user) {
        checkLocale(locale);
        LetterTemplate template = LetterTemplate.<LetterTemplate> findByIdOptional(new LetterTemplate.Key(slug, locale),
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(LetterTemplates::noTemplate);
        if (!textSha256(template).equals(review.textSha256())) {
            throw new TemplateChangedException("The template's text is not the one reviewed: someone saved another "
                    + "since. Read it again, and review what it says now.");
        }
        template.reviewedBy = user;
        template.reviewedAt = Instant.now();
        return view(template);
    }

    /** The languages a petition has a template in, each with its review state, by language code. */
    @Transactional
    public List<TemplateRequest.Summary> list(String slug) {
        List<LetterTemplate> templates = LetterTemplate.list("petitionSlug = ?1 ORDER BY locale", slug);
        // the demo's templates are stored before letter-service hears of their petition: templates suffice
        if (templates.isEmpty() && petitions.bySlug(slug).isEmpty()) {
            throw new UnknownEntryException("letter-service knows no published petition with this slug.");
        }
        return templates.stream().map(t -> new TemplateRequest.Summary(t.locale, t.subject, t.updatedAt, t.updatedBy,
                t.reviewedBy != null, t.reviewedBy, t.reviewedAt)).toList();
    }

    private static UnknownEntryException noTemplate() {
        return new UnknownEntryException("There is no letter template for this petition and language.");
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
        return new TemplateRequest.View(t.petitionSlug, t.locale, t.subject, t.body, t.updatedAt, t.updatedBy,
                t.reviewedBy != null, t.reviewedBy, t.reviewedAt, textSha256(t));
    }

    /** Of the subject and the body, each as its length and its UTF-8 bytes, so that no two texts run together. */
    static String textSha256(LetterTemplate t) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(t.subject, t.body)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha256.update(bytes);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
