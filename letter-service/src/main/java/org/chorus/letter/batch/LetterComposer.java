package org.chorus.letter.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.chorus.letter.LetterTemplate;
import org.chorus.letter.Petition;
import org.chorus.letter.directory.TargetContact;
import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.rest.dto.ContactRequest;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.service.LetterLanguage;
import org.chorus.letter.service.LetterModel;
import org.chorus.letter.service.LetterRenderer;
import org.chorus.letter.service.Petitions;

/**
 * Renders one letter from a template, a target and the signatures counted: for a batch (frozen snapshot) and for a
 * preview (the signatures as they stand now), the same way, printing the names NamePolicy allows for the target, its
 * root naming the template's language and direction (LetterLanguage).
 */
@ApplicationScoped
public class LetterComposer {

    /**
     * The signatures a letter counts: ids, counts by country, and each signer as NamePolicy needs them. Which names a
     * letter prints depends on its target, so it is decided per letter (names), never here.
     */
    record Snapshot(List<UUID> ids, Map<String, Long> byCountry, List<NamePolicy.Signer> signers) {

        static final String COLUMNS = "signature_id, country, display_name, name_to_own_government";
        private static final Comparator<NamePolicy.Signer> BY_COUNTRY_AND_NAME = Comparator
                .comparing(NamePolicy.Signer::country)
                .thenComparing(NamePolicy.Signer::displayName, Comparator.nullsFirst(Comparator.naturalOrder()));

        /** The signatures a batch froze (batch_signature). */
        @SuppressWarnings("unchecked")
        static Snapshot frozen(EntityManager em, UUID batchId) {
            return of(em.createNativeQuery("SELECT " + COLUMNS + " FROM batch_signature WHERE batch_id = :batch")
                    .setParameter("batch", batchId)
                    .getResultList());
        }

        /** The signatures of a petition confirmed until {@code until}, as a batch created then would freeze them. */
        @SuppressWarnings("unchecked")
        static Snapshot confirmedUntil(EntityManager em, String petitionSlug, Instant until) {
            return of(em.createNativeQuery("SELECT " + COLUMNS
                    + " FROM signatory WHERE petition_slug = :slug AND confirmed_at <= :until")
                    .setParameter("slug", petitionSlug)
                    .setParameter("until", until)
                    .getResultList());
        }

        /**
         * From rows of (signature id, country, display name or null, name to own government); a row without the
         * fourth column is read as not chosen, so that no caller can name a signer to their own government by
         * leaving it out.
         */
        static Snapshot of(List<Object[]> rows) {
            Map<String, Long> byCountry = new TreeMap<>();
            rows.forEach(r -> byCountry.merge(r[1].toString(), 1L, Long::sum));
            List<NamePolicy.Signer> signers = rows.stream()
                    .map(r -> new NamePolicy.Signer((UUID) r[0], r[1].toString(), (String) r[2],
                            r.length > 3 && Boolean.TRUE.equals(r[3])))
                    .sorted(BY_COUNTRY_AND_NAME) // so that each letter's names come in order at no cost
                    .toList();
            return new Snapshot(rows.stream().map(r -> (UUID) r[0]).toList(), byCountry, signers);
        }
    }

    private final Petitions petitions;
    private final LetterRenderer renderer;

    public LetterComposer(Petitions petitions, LetterRenderer renderer) {
        this.petitions = petitions;
        this.renderer = renderer;
    }

    /** The names the letter to {@code target} prints, and how many it withholds, for which reason. */
    NamePolicy.Names names(Petition petition, TargetView target, Snapshot snapshot) {
        return NamePolicy.forTarget(snapshot.signers(), target,
                petition.sensitiveStates == null ? List.of() : petition.sensitiveStates);
    }

    LetterRenderer.Rendered render(Petition petition, LetterTemplate template, TargetView target, Snapshot snapshot,
            Manifest manifest, Instant cutoff) {
        LetterModel.Counts counts = new LetterModel.Counts(manifest.count(),
                snapshot.byCountry().getOrDefault(target.code(), 0L), snapshot.byCountry().size());
        Map<String, Object> model = LetterModel.of(petition.slug, petitions.textsIn(petition, template.locale),
                target.name(), target.code(), recipient(target), counts,
                new LetterModel.ManifestLine(manifest.count(), manifest.merkleRoot(), manifest.idsSha256()),
                names(petition, target, snapshot).printed(), cutoff.truncatedTo(ChronoUnit.SECONDS).toString(),
                LocalDate.now(ZoneOffset.UTC).toString());
        LetterRenderer.Rendered letter = renderer.render(template.subject, template.body, model);
        return new LetterRenderer.Rendered(letter.subject(), LetterLanguage.declare(letter.html(), template.locale));
    }

    /** The UN mission where the directory has one (the Council works through them), else the foreign ministry. */
    private static LetterModel.Recipient recipient(TargetView target) {
        return target.contacts().stream()
                .min(Comparator.comparing((ContactRequest c) -> c.role() == TargetContact.Role.UN_MISSION ? 0 : 1))
                .map(c -> new LetterModel.Recipient(c.name(), c.title(), c.salutation()))
                .orElse(new LetterModel.Recipient(target.name(), null, "Excellency"));
    }
}
