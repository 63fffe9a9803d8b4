package org.chorus.notification.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.messaging.TimeOrderedUuids;
import org.chorus.notification.EmailMessage;
import org.chorus.notification.events.CloudEvent;
import org.chorus.notification.events.DeliveryReport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reports an email's new status on topic {@code deliveries}, through the outbox: the event commits with the status
 * change, and EventRelay sends it once committed. Keyed by petition (or by email when it has none), so that one
 * petition's reports stay in order.
 */
@ApplicationScoped
public class DeliveryEvents {

    static final String SOURCE = "/notification-service";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Event<OutboxWritten> written;

    public DeliveryEvents(EntityManager em, ObjectMapper mapper, Event<OutboxWritten> written) {
        this.em = em;
        this.mapper = mapper;
        this.written = written;
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
        UUID eventId = TimeOrderedUuids.next();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, eventId, SOURCE, type, m.id.toString(), at,
                "application/json", mapper.valueToTree(report));
        String key = (m.petitionId != null ? m.petitionId : m.id).toString();
        try {
            em.createNativeQuery("""
                    INSERT INTO outbox_event (id, topic, record_key, cloud_event) VALUES (:id, :topic, :key, :event)""")
                    .setParameter("id", eventId)
                    .setParameter("topic", Topics.DELIVERIES)
                    .setParameter("key", key)
                    .setParameter("event", mapper.writeValueAsString(event))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialized", e);
        }
        written.fire(OutboxWritten.INSTANCE);
    }
}
