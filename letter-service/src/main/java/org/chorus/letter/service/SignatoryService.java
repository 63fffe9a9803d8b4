package org.chorus.letter.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.batch.BatchWithdrawals;
import org.chorus.letter.events.SignatureConfirmed;
import org.chorus.letter.events.SignatureWithdrawn;

/**
 * Writes the signatory read model. Exact under redelivery: the event id and the signatory are recorded in one
 * transaction, and a signature already known is left as it is, so neither a redelivered event nor a duplicate
 * with a new event id adds a second signatory; nor does any confirmation of a signature withdrawn or invalidated.
 */
@ApplicationScoped
public class SignatoryService {

    private final EntityManager em;
    private final BatchWithdrawals batches;

    public SignatoryService(EntityManager em, BatchWithdrawals batches) {
        this.em = em;
        this.batches = batches;
    }

    @Transactional
    public void recordConfirmed(UUID eventId, SignatureConfirmed confirmed) {
        if (!ProcessedEvents.firstTime(em, eventId)) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO signatory (signature_id, petition_id, petition_slug, country, display_name,
                    name_to_own_government, confirmed_at)
                SELECT :id, :petition, :slug, :country, :name, :ownGovernment, :at
                WHERE NOT EXISTS (SELECT 1 FROM removed_signature WHERE signature_id = :id)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", confirmed.signatureId())
                .setParameter("petition", confirmed.petitionId())
                .setParameter("slug", confirmed.petitionSlug())
                .setParameter("country", confirmed.country())
                .setParameter("name", displayName(confirmed))
                .setParameter("ownGovernment", displayName(confirmed) != null && confirmed.namedToOwnGovernment())
                .setParameter("at", confirmed.confirmedAt())
                .executeUpdate();
    }

    /**
     * The signatory leaves the read model and every batch not yet dispatched (a dispatched batch records it), and
     * its signature is remembered as removed: withdrawal and invalidation are final, so a confirmation read later (or
     * before its own confirmation was read) never brings it back.
     */
    @Transactional
    public void recordWithdrawn(UUID eventId, SignatureWithdrawn withdrawn) {
        if (!ProcessedEvents.firstTime(em, eventId)) {
            return;
        }
        em.createNativeQuery("INSERT INTO removed_signature (signature_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", withdrawn.signatureId())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM signatory WHERE signature_id = :id")
                .setParameter("id", withdrawn.signatureId())
                .executeUpdate();
        batches.withdraw(withdrawn.signatureId());
    }

    /** A blank name is no consent to be named: it must not count as a named signatory. */
    private static String displayName(SignatureConfirmed confirmed) {
        String name = confirmed.displayName();
        return name == null || name.isBlank() ? null : name.strip();
    }
}
