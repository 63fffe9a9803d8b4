package org.chorus.notification.service;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.mail.UpdateValues;

/**
 * Queues an update for every confirmed signer of a petition who asked for updates and is not on the suppression
 * list: one row each, in one statement in the caller's transaction, however many signers there are. Each is
 * rendered from its signer when its turn comes (mail/MailComposer), so a withdrawal or an unsubscribe in between
 * still wins.
 */
@ApplicationScoped
public class UpdateFanOut {

    private final OutgoingEmails outgoing;
    private final EntityManager em;

    public UpdateFanOut(OutgoingEmails outgoing, EntityManager em) {
        this.outgoing = outgoing;
        this.em = em;
    }

    /**
     * @param batchId the delivery batch the update is about, if any
     * @param confirmedBy only signers confirmed by then (a batch's cut-off); null for all
     * @return how many were queued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int queue(UUID eventId, EmailMessage.Kind kind, UUID petitionId, UUID batchId, Map<String, Object> values,
            Instant confirmedBy) {
        Instant now = Instant.now();
        int queued = em.createNativeQuery("""
                INSERT INTO email_message (id, event_id, signature_id, petition_id, batch_id, kind, locale, status,
                                           attempts, next_attempt_at, created_at, template_values)
                SELECT gen_random_uuid(), :event, s.signature_id, s.petition_id, :batch, :kind, s.locale, 'QUEUED',
                       0, :now, :now, :values
                FROM signer s
                WHERE s.petition_id = :petition AND s.confirmed_at IS NOT NULL AND s.updates_consent
                  AND s.confirmed_at <= :confirmedBy
                  AND NOT EXISTS (SELECT 1 FROM suppression x WHERE x.address_hash = s.address_hash)""")
                .setParameter("event", eventId)
                .setParameter("batch", batchId)
                .setParameter("kind", kind.name())
                .setParameter("now", now)
                .setParameter("values", UpdateValues.toJson(values))
                .setParameter("petition", petitionId)
                .setParameter("confirmedBy", confirmedBy == null ? now : confirmedBy)
                .executeUpdate();
        if (queued > 0) {
            outgoing.wakeTheSender();
        }
        return queued;
    }
}
