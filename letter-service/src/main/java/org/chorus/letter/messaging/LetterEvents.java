package org.chorus.letter.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.messaging.TimeOrderedUuids;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Adds an event to letter-service's outbox in the caller's transaction, as a structured CloudEvent: the dispatch
 * and its events commit together, and EventRelay sends them once committed.
 */
@ApplicationScoped
public class LetterEvents {

    static final String SOURCE = "/letter-service";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Event<OutboxWritten> written;

    public LetterEvents(EntityManager em, ObjectMapper mapper, Event<OutboxWritten> written) {
        this.em = em;
        this.mapper = mapper;
        this.written = written;
    }

    /** An event on topic letters. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String type, String key, UUID subject, Object data) {
        add(Topics.LETTERS, type, key, subject, data);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, String type, String key, UUID subject, Object data) {
        UUID id = TimeOrderedUuids.next();
        Map<String, Object> event = Map.of("specversion", "1.0", "id", id.toString(), "source", SOURCE, "type", type,
                "subject", subject.toString(), "time", Instant.now().toString(), "datacontenttype", "application/json",
                "data", data);
        try {
            em.createNativeQuery("""
                    INSERT INTO outbox_event (id, topic, record_key, cloud_event) VALUES (:id, :topic, :key, :event)""")
                    .setParameter("id", id)
                    .setParameter("topic", topic)
                    .setParameter("key", key)
                    .setParameter("event", mapper.writeValueAsString(event))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialized", e);
        }
        written.fire(OutboxWritten.INSTANCE);
    }
}
