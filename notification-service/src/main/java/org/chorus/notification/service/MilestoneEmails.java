package org.chorus.notification.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.notification.events.MilestoneReached;
import org.chorus.notification.mail.MilestoneValues;

import io.quarkus.logging.Log;

/**
 * Queues a milestone update for every confirmed signer of the petition who asked for updates and is not on the
 * suppression list: one row each, in one statement and one transaction with the event id, however many signers
 * there are. Each is rendered from its signer when its turn comes (mail/MailComposer), so a withdrawal or an
 * unsubscribe in between still wins.
 */
@ApplicationScoped
public class MilestoneEmails {

    private final ProcessedEvents processed;
    private final OutgoingEmails outgoing;
    private final EntityManager em;

    public MilestoneEmails(ProcessedEvents processed, OutgoingEmails outgoing, EntityManager em) {
        this.processed = processed;
        this.outgoing = outgoing;
        this.em = em;
    }

    @Transactional
    public void queue(UUID eventId, MilestoneReached reached) {
        if (!processed.firstTime(eventId)) {
            return;
        }
        Instant now = Instant.now();
        int queued = em.createNativeQuery("""
                INSERT INTO email_message (id, event_id, signature_id, petition_id, kind, locale, status, attempts,
                                           next_attempt_at, created_at, template_values)
                SELECT gen_random_uuid(), :event, s.signature_id, s.petition_id, 'MILESTONE', s.locale, 'QUEUED', 0,
                       :now, :now, :values
                FROM signer s
                WHERE s.petition_id = :petition AND s.confirmed_at IS NOT NULL AND s.updates_consent
                  AND NOT EXISTS (SELECT 1 FROM suppression x WHERE x.address_hash = s.address_hash)""")
                .setParameter("event", eventId)
                .setParameter("now", now)
                .setParameter("values", MilestoneValues.of(reached).toJson())
                .setParameter("petition", reached.petitionId())
                .executeUpdate();
        if (queued > 0) {
            outgoing.wakeTheSender();
        }
        Log.infof("petition %s reached %d: queued %d milestone update(s)", reached.petitionId(), reached.milestone(),
                queued);
    }
}
