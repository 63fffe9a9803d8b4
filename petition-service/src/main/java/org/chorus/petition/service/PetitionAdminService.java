package org.chorus.petition.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import org.chorus.messaging.Outbox;
import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.petition.ConsentTexts;
import org.chorus.petition.Demand;
import org.chorus.petition.Petition;
import org.chorus.petition.Translation;
import org.chorus.petition.events.PetitionClosed;
import org.chorus.petition.events.PetitionPublished;
import org.chorus.petition.messaging.Topics;
import org.chorus.petition.rest.dto.PetitionRequest;
import org.chorus.petition.rest.dto.StaffPetitionView;

import io.quarkus.logging.Log;

/**
 * A petition's life as staff see it: DRAFT (edited freely) → OPEN (published, signing) → CLOSED. Each change of
 * state and its event on the petitions topic commit in one transaction; the row is locked first, so that two
 * requests, or a request and the closing job, never both make the same change. Each staff action is recorded in the
 * audit trail in the same transaction (the closing job's are not: no one did them).
 */
@ApplicationScoped
public class PetitionAdminService {

    private final Outbox outbox;
    private final AuditTrail audit;
    private final StaffActor staff;

    public PetitionAdminService(Outbox outbox, AuditTrail audit, StaffActor staff) {
        this.outbox = outbox;
        this.audit = audit;
        this.staff = staff;
    }

    @Transactional
    public StaffPetitionView create(PetitionRequest request) {
        if (Petition.findBySlug(request.slug()).isPresent()) {
            throw new SlugTakenException(request.slug());
        }
        Petition p = new Petition();
        p.id = UUID.randomUUID();
        p.status = Petition.Status.DRAFT;
        copy(request, p);
        p.persist();
        flushUnlessSlugTaken(request.slug());
        audited("petition.create", p, Map.of());
        return StaffPetitionView.of(p);
    }

    /** A draft only: once people can sign, the words they sign must not change under them. */
    @Transactional
    public StaffPetitionView update(String slug, PetitionRequest request) {
        Petition p = lockedPetition(slug);
        if (p.status != Petition.Status.DRAFT) {
            throw new PetitionStateException("The petition '" + slug + "' is " + p.status
                    + ": only a draft can be edited.");
        }
        if (!Long.valueOf(p.version).equals(request.version())) {
            throw new StaleVersionException(slug, p.version);
        }
        if (!request.slug().equals(slug) && Petition.findBySlug(request.slug()).isPresent()) {
            throw new SlugTakenException(request.slug());
        }
        copy(request, p);
        flushUnlessSlugTaken(request.slug());
        audited("petition.update", p, slug.equals(p.slug) ? Map.of() : Map.of("previousSlug", slug));
        return StaffPetitionView.of(p);
    }

    @Transactional
    public StaffPetitionView publish(String slug) {
        Petition p = lockedPetition(slug);
        if (p.status != Petition.Status.DRAFT) {
            throw new PetitionStateException("The petition '" + slug + "' is " + p.status
                    + ": only a draft can be published.");
        }
        Instant now = Instant.now();
        if (p.closesAt != null && !now.isBefore(p.closesAt)) {
            throw new PetitionStateException("The petition '" + slug + "' would close at " + p.closesAt
                    + ", which has passed: set a later closesAt first.");
        }
        p.status = Petition.Status.OPEN;
        p.publishedAt = now;
        outbox.add(Topics.PETITIONS, PetitionPublished.TYPE, p.id.toString(), PetitionPublished.of(p));
        Petition.flush();
        audited("petition.publish", p, Map.of());
        return StaffPetitionView.of(p);
    }

    /**
     * Adds sensitive states, in any state of the petition: a petition published before it named the state it
     * accuses must still be able to keep names from that state's government, and naming one more only withholds
     * names. A published petition is announced again, so that letter-service learns them before its next batch.
     */
    @Transactional
    public StaffPetitionView accuse(String slug, List<String> states) {
        Petition p = lockedPetition(slug);
        List<String> added = states.stream().distinct().filter(s -> !p.sensitiveStates.contains(s)).toList();
        audited("petition.sensitive-states", p, Map.of("added", added));
        if (added.isEmpty()) {
            return StaffPetitionView.of(p);
        }
        List<String> all = new ArrayList<>(p.sensitiveStates);
        all.addAll(added);
        p.sensitiveStates = all;
        if (p.status != Petition.Status.DRAFT) {
            outbox.add(Topics.PETITIONS, PetitionPublished.TYPE, p.id.toString(), PetitionPublished.of(p));
        }
        Petition.flush();
        Log.infof("petition %s now names the sensitive states %s", slug, all);
        return StaffPetitionView.of(p);
    }

    @Transactional
    public StaffPetitionView close(String slug) {
        Petition p = lockedPetition(slug);
        if (p.status != Petition.Status.OPEN) {
            throw new PetitionStateException("The petition '" + slug + "' is " + p.status
                    + ": only an open petition can be closed.");
        }
        markClosed(p, PetitionClosed.Reason.STAFF, Instant.now());
        Petition.flush();
        audited("petition.close", p, Map.of());
        return StaffPetitionView.of(p);
    }

    /**
     * Closes open petitions whose closesAt has come, as of that closesAt (signing refused from then on already).
     * @return how many it closed
     */
    @Transactional
    public int closeDue(Instant now, int limit) {
        List<Petition> due = Petition.dueForClosingLocked(now, limit);
        for (Petition p : due) {
            markClosed(p, PetitionClosed.Reason.SCHEDULE, p.closesAt);
            Log.infof("closed petition %s at its closing time %s", p.slug, p.closesAt);
        }
        return due.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffPetitionView definition(String slug) {
        return StaffPetitionView.of(Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug)));
    }

    private void markClosed(Petition p, PetitionClosed.Reason reason, Instant closedAt) {
        p.status = Petition.Status.CLOSED;
        p.closedAt = closedAt;
        outbox.add(Topics.PETITIONS, PetitionClosed.TYPE, p.id.toString(),
                new PetitionClosed(p.id, p.slug, reason, closedAt));
    }

    private void audited(String action, Petition p, Map<String, Object> details) {
        Map<String, Object> all = new HashMap<>(details);
        all.put("petitionId", p.id);
        all.put("version", p.version);
        audit.record(staff.name(), action, p.slug, all);
    }

    private static Petition lockedPetition(String slug) {
        return Petition.findBySlugForUpdate(slug).orElseThrow(() -> new PetitionNotFoundException(slug));
    }

    /**
     * Two requests can claim a free slug at once; the unique constraint lets one in and the other is answered 409
     * (its transaction rolls back). Flushing here also brings the new version into the answer.
     */
    private static void flushUnlessSlugTaken(String slug) {
        try {
            Petition.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException) {
                    throw new SlugTakenException(slug);
                }
            }
            throw e;
        }
    }

    private static void copy(PetitionRequest r, Petition p) {
        p.slug = r.slug();
        p.title = r.title();
        p.summary = r.summary();
        p.body = r.body();
        p.demands = r.demands().stream().map(d -> new Demand(d.id(), d.text())).toList();
        p.goal = r.goal();
        p.locales = List.copyOf(r.locales());
        p.consentVersion = r.consentVersion();
        p.consentTexts = consentTexts(r.consentTexts());
        Map<String, Translation> translations = new HashMap<>();
        r.translations().forEach((locale, t) -> translations.put(locale, new Translation(t.title(), t.summary(),
                t.body(), t.demands() == null ? null : Map.copyOf(t.demands()), consentTexts(t.consents()))));
        p.translations = translations;
        p.closesAt = r.closesAt();
        p.sensitiveStates = new ArrayList<>(r.sensitiveStates());
    }

    private static ConsentTexts consentTexts(PetitionRequest.ConsentTextsInput c) {
        return c == null ? null : new ConsentTexts(c.processing(), c.updates(), c.partner(), c.nameInLetters(),
                c.nameToOwnGovernment() == null || c.nameToOwnGovernment().isBlank() ? null : c.nameToOwnGovernment());
    }
}
