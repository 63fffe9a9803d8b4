package org.chorus.letter.batch;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.LetterTemplate;
import org.chorus.letter.Petition;
import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.service.InvalidEntryException;
import org.chorus.letter.service.LetterRenderer;
import org.chorus.letter.service.Petitions;
import org.chorus.letter.service.TargetDirectory;
import org.chorus.letter.service.UnknownEntryException;

/**
 * A template rendered for one target with the signatures confirmed until now, exactly as a batch created now would
 * render it, without creating anything: what staff look at before they write a batch.
 */
@ApplicationScoped
public class LetterPreview {

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
    public LetterRenderer.Rendered preview(String slug, String locale, String targetCode) {
        Petition petition = petitions.bySlug(slug).orElseThrow(() -> new UnknownEntryException(
                "letter-service knows no published petition with this slug."));
        LetterTemplate template = LetterTemplate.<LetterTemplate> findByIdOptional(new LetterTemplate.Key(slug, locale))
                .orElseThrow(() -> new UnknownEntryException("The petition has no letter template in this language."));
        if (targetCode == null || targetCode.isBlank()) {
            throw new InvalidEntryException("target", "must name the target (ISO code, e.g. FR) to preview the letter for");
        }
        TargetView target;
        try {
            target = directory.byCodes(List.of(targetCode.trim().toUpperCase(Locale.ROOT))).get(0);
        } catch (InvalidEntryException e) {
            throw new InvalidEntryException("target", e.getMessage());
        }
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT signature_id, country, display_name FROM signatory
                WHERE petition_slug = :slug AND confirmed_at <= :now""")
                .setParameter("slug", slug)
                .setParameter("now", now)
                .getResultList();
        LetterComposer.Snapshot snapshot = LetterComposer.Snapshot.of(rows);
        return composer.render(petition, template, target, snapshot, Manifest.of(snapshot.ids()), now);
    }
}
