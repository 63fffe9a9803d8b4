package org.chorus.notification.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.messaging.Outbox;
import org.chorus.notification.EmailMessage;
import org.chorus.notification.events.DeliveryReport;

/**
 * Reports an email's new status on topic {@code deliveries}, through the outbox: the event commits with the status
 * change. Keyed by petition (or by email when it has none), so that one petition's reports stay in order; the
 * subject is the email, the time that of its new status.
 */
@ApplicationScoped
public class DeliveryEvents {

    private final Outbox outbox;

    public DeliveryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(EmailMessage message) {
        add(DeliveryReport.SENT, message, message.sentAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(EmailMessage message) {
        add(DeliveryReport.FAILED, message, message.failedAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bounced(EmailMessage message) {
        add(DeliveryReport.BOUNCED, message, message.bouncedAt);
    }

    private void add(String type, EmailMessage m, Instant at) {
        DeliveryReport report = new DeliveryReport(m.id, m.kind.name(), m.eventId, m.signatureId, m.petitionId,
                m.letterId, m.status.name(), m.attempts, at, m.status == EmailMessage.Status.SENT ? null : m.lastError);
        String key = (m.petitionId != null ? m.petitionId : m.id).toString();
        outbox.add(Topics.DELIVERIES, type, key, m.id.toString(), at, report);
    }
}
