package org.chorus.letter.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.letter.LetterTemplate;
import org.chorus.letter.Petition;
import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.rest.dto.BatchRequest;
import org.chorus.letter.rest.dto.BatchView;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.service.InvalidEntryException;
import org.chorus.letter.service.LetterRenderer;
import org.chorus.letter.service.Petitions;
import org.chorus.letter.service.TargetDirectory;
import org.chorus.letter.service.UnknownEntryException;

import io.quarkus.logging.Log;

/**
 * Creates a delivery batch in one transaction: freezes the signatures confirmed by the cut-off (copied with each
 * signer's name consents, so that later confirmations change nothing; a later withdrawal leaves the batch only
 * through BatchWithdrawals, which asks for a new approval), computes the manifest, and renders
 * one letter per target in the target's language (English where the petition has no template in it), each with the
 * names NamePolicy allows for its target and the target's contacts as they are now: the letter goes to these, not to
 * whatever the directory says later.
 */
@ApplicationScoped
public class BatchCreation {

    static final String FALLBACK_LOCALE = "en";

    private final EntityManager em;
    private final Petitions petitions;
    private final TargetDirectory directory;
    private final LetterComposer composer;
    private final BatchQueries queries;
    private final FrozenRecipients recipients;
    private final Event<LettersCreated> lettersCreated;
    private final AuditTrail audit;

    public BatchCreation(EntityManager em, Petitions petitions, TargetDirectory directory, LetterComposer composer,
            BatchQueries queries, FrozenRecipients recipients, Event<LettersCreated> lettersCreated,
            AuditTrail audit) {
        this.audit = audit;
        this.recipients = recipients;
        this.lettersCreated = lettersCreated;
        this.em = em;
        this.petitions = petitions;
        this.directory = directory;
        this.composer = composer;
        this.queries = queries;
    }

    @Transactional
    public BatchView create(BatchRequest request, String user) {
        Petition petition = petitions.bySlug(request.petition()).orElseThrow(() -> new UnknownEntryException(
                "letter-service knows no published petition with this slug."));
        Instant now = Instant.now();
        Instant cutoff = request.cutoff() == null ? now : request.cutoff();
        if (cutoff.isAfter(now)) {
            throw new InvalidEntryException("cutoff", "must not be in the future");
        }
        List<TargetView> targets = targets(request, cutoff);
        DeliveryBatch batch = new DeliveryBatch();
        batch.id = UUID.randomUUID();
        batch.petitionId = petition.id;
        batch.petitionSlug = petition.slug;
        batch.status = DeliveryBatch.Status.AWAITING_APPROVAL;
        batch.cutoff = cutoff;
        batch.targetGroup = request.targets() == null ? request.targetGroup() : null;
        batch.createdBy = user;
        batch.createdAt = now;
        batch.byCountry = "{}";
        batch.idsSha256 = "";
        batch.merkleRoot = "";
        batch.persist();
        em.flush();
        LetterComposer.Snapshot snapshot = freeze(batch);
        Manifest manifest = Manifest.of(snapshot.ids());
        batch.total = manifest.count();
        batch.byCountry = BatchQueries.json(snapshot.byCountry());
        batch.idsSha256 = manifest.idsSha256();
        batch.merkleRoot = manifest.merkleRoot();
        for (TargetView target : targets) {
            render(batch, petition, target, snapshot, manifest);
        }
        lettersCreated.fire(new LettersCreated(batch.id));
        audit.record(user, "batch.create", batch.id.toString(), Map.of("petition", petition.slug,
                "targetGroup", batch.targetGroup == null ? "listed" : batch.targetGroup, "letters", targets.size(),
                "signatures", manifest.count()));
        Log.infof("batch %s created: petition %s, %d targets, %d signatures counted", batch.id, petition.slug,
                targets.size(), manifest.count());
        return queries.view(batch);
    }

    private List<TargetView> targets(BatchRequest request, Instant cutoff) {
        List<TargetView> targets;
        String field;
        if (request.targets() != null && !request.targets().isEmpty()) {
            targets = directory.byCodes(request.targets());
            field = "targets";
        } else if (request.targetGroup() != null && !request.targetGroup().isBlank()) {
            targets = directory.targets(request.targetGroup().trim(), LocalDate.ofInstant(cutoff, ZoneOffset.UTC));
            field = "targetGroup";
        } else {
            throw new InvalidEntryException("targetGroup", "or targets must name who the letters go to");
        }
        if (targets.isEmpty()) {
            throw new InvalidEntryException(field, "names no target on " + LocalDate.ofInstant(cutoff, ZoneOffset.UTC));
        }
        return targets;
    }

    /**
     * FOR SHARE: a withdrawal being applied (it deletes the signatory, then looks for batches that count it) either
     * finishes first and its signatory is not copied, or waits until this batch is committed and then finds it.
     */
    private LetterComposer.Snapshot freeze(DeliveryBatch batch) {
        String columns = LetterComposer.Snapshot.COLUMNS;
        em.createNativeQuery("INSERT INTO batch_signature (batch_id, " + columns + ") SELECT :batch, " + columns
                + " FROM signatory WHERE petition_slug = :slug AND confirmed_at <= :cutoff FOR SHARE")
                .setParameter("batch", batch.id)
                .setParameter("slug", batch.petitionSlug)
                .setParameter("cutoff", batch.cutoff)
                .executeUpdate();
        return LetterComposer.Snapshot.frozen(em, batch.id);
    }

    private void render(DeliveryBatch batch, Petition petition, TargetView target, LetterComposer.Snapshot snapshot,
            Manifest manifest) {
        LetterTemplate template = template(petition.slug, target.locale());
        LetterRenderer.Rendered rendered = composer.render(petition, template, target, snapshot, manifest, batch.cutoff);
        Letter letter = new Letter();
        letter.id = UUID.randomUUID();
        letter.batchId = batch.id;
        letter.targetId = target.id();
        letter.countryCode = target.code();
        letter.targetName = target.name();
        letter.locale = template.locale;
        letter.subject = rendered.subject();
        letter.html = rendered.html();
        letter.status = Letter.Status.DRAFT;
        letter.persist();
        em.flush();
        recipients.freeze(letter.id, target.contacts().stream().map(FrozenRecipients.Recipient::of).toList());
    }

    /** The petition's template in this language, else in English. */
    static LetterTemplate template(String slug, String locale) {
        Optional<LetterTemplate> own = LetterTemplate.<LetterTemplate> findByIdOptional(new LetterTemplate.Key(slug, locale));
        return own.or(() -> LetterTemplate.<LetterTemplate> findByIdOptional(new LetterTemplate.Key(slug, FALLBACK_LOCALE)))
                .orElseThrow(() -> new BatchStateException("The petition has no letter template in " + locale
                        + " or in " + FALLBACK_LOCALE + ": write one first (PUT /api/letters/templates/"
                        + slug + "/" + FALLBACK_LOCALE + ")."));
    }
}
