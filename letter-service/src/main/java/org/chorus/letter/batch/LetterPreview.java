package org.chorus.letter.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.LetterTemplate;
import org.chorus.letter.Petition;
import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.rest.dto.LetterPreviewView;
import org.chorus.letter.rest.dto.NamesView;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.rest.dto.TemplateRequest;
import org.chorus.letter.service.InvalidEntryException;
import org.chorus.letter.service.LetterRenderer;
import org.chorus.letter.service.Petitions;
import org.chorus.letter.service.TargetDirectory;
import org.chorus.letter.service.UnknownEntryException;

/**
 * A template rendered for one target with the signatures confirmed until now, exactly as a batch created now would
 * render it, without creating anything: what staff look at before they write a batch. With it, and for every target
 * of a group, which names each letter prints and why the others are withheld (counts only).
 */
@ApplicationScoped
public class LetterPreview {

    private static final String CODE = "[A-Z]{2}";
    private static final int MAX_TARGETS = 250;
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}");

    private final EntityManager em;
    private final Petitions petitions;
    private final TargetDirectory directory;
    private final LetterComposer composer;

    public LetterPreview(EntityManager em, Petitions petitions, TargetDirectory directory, LetterComposer composer) {
        this.em = em;
        this.petitions = petitions;
        this.directory = directory;
        this.composer = composer;
    }

    @Transactional
    public LetterPreviewView preview(String slug, String locale, String targetCode) {
        Petition petition = petition(slug);
        LetterTemplate template = LetterTemplate.<LetterTemplate> findByIdOptional(new LetterTemplate.Key(slug, locale))
                .orElseThrow(() -> new UnknownEntryException("The petition has no letter template in this language."));
        return render(petition, template, targetCode);
    }

    /**
     * A template text that is not saved (a draft in the editor) rendered for one target exactly as {@link #preview}
     * renders the saved one; nothing is stored, and an error in the text is a TemplateErrorException with its line.
     */
    @Transactional
    public LetterPreviewView previewDraft(String slug, String locale, String targetCode, TemplateRequest draft) {
        Petition petition = petition(slug);
        if (!LOCALE.matcher(locale).matches()) {
            throw new InvalidEntryException("locale", "must be a language code such as en, fr or zh");
        }
        LetterTemplate template = new LetterTemplate();
        template.petitionSlug = slug;
        template.locale = locale;
        template.subject = draft.subject();
        template.body = draft.body();
        return render(petition, template, targetCode);
    }

    private LetterPreviewView render(Petition petition, LetterTemplate template, String targetCode) {
        if (targetCode == null || targetCode.isBlank()) {
            throw new InvalidEntryException("target", "must name the target (ISO code, e.g. FR) to preview the letter for");
        }
        TargetView target = targets(List.of(targetCode)).get(0);
        Instant now = Instant.now();
        LetterComposer.Snapshot snapshot = LetterComposer.Snapshot.confirmedUntil(em, petition.slug, now);
        LetterRenderer.Rendered letter = composer.render(petition, template, target, snapshot,
                Manifest.of(snapshot.ids()), now);
        return new LetterPreviewView(letter.subject(), letter.html(),
                composer.names(petition, target, snapshot).view());
    }

    /**
     * For each target (these codes, else the group's members today), which names its letter would print if a batch
     * were created now, and how many are withheld for which reason.
     */
    @Transactional
    public List<NamesView> names(String slug, String targetGroup, List<String> targetCodes) {
        Petition petition = petition(slug);
        List<TargetView> targets;
        if (targetCodes != null && !targetCodes.isEmpty()) {
            targets = targets(targetCodes);
        } else if (targetGroup != null && !targetGroup.isBlank()) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            targets = directory.targets(targetGroup.trim(), today);
            if (targets.isEmpty()) {
                throw new InvalidEntryException("targetGroup", "names no target on " + today);
            }
        } else {
            throw new InvalidEntryException("targetGroup", "or target must name whose letters to explain");
        }
        LetterComposer.Snapshot snapshot = LetterComposer.Snapshot.confirmedUntil(em, slug, Instant.now());
        return targets.stream().map(t -> composer.names(petition, t, snapshot).view()).toList();
    }

    private Petition petition(String slug) {
        return petitions.bySlug(slug).orElseThrow(() -> new UnknownEntryException(
                "letter-service knows no published petition with this slug."));
    }

    /** The directory's targets with these codes (any case), in the order given; anything else is a 400 on target. */
    private List<TargetView> targets(List<String> codes) {
        if (codes.size() > MAX_TARGETS) {
            throw new InvalidEntryException("target", "must name at most " + MAX_TARGETS + " targets");
        }
        List<String> upper = codes.stream().map(c -> c == null ? "" : c.trim().toUpperCase(Locale.ROOT)).toList();
        for (String code : upper) {
            if (!code.matches(CODE)) {
                throw new InvalidEntryException("target", "must be ISO 3166-1 alpha-2 codes, such as FR");
            }
        }
        try {
            return directory.byCodes(upper);
        } catch (InvalidEntryException e) {
            throw new InvalidEntryException("target", e.getMessage());
        }
    }
}
