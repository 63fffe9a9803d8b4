package org.chorus.petition.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.chorus.messaging.TimeOrderedUuids;
import org.chorus.petition.OutboxEvent;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.events.CloudEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Adds an event to the outbox inside the caller's transaction: the change and its event commit together. The row is
 * encrypted, because some events carry a signer's email and name until they are relayed.
 */
@ApplicationScoped
public class OutboxWriter {

    private final ObjectMapper mapper;
    private final String source;
    private final Event<OutboxWritten> written;
    private final SignerDataCipher cipher;

    public OutboxWriter(ObjectMapper mapper, PetitionConfig config, Event<OutboxWritten> written,
            SignerDataCipher cipher) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.source = config.eventSource();
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String type, UUID aggregateId, Object data) {
        OutboxRow prepared = prepare(topic, type, aggregateId, data);
        OutboxEvent row = new OutboxEvent();
        row.id = prepared.id();
        row.topic = prepared.topic();
        row.recordKey = prepared.recordKey();
        row.cloudEventEncrypted = prepared.cloudEventEncrypted();
        row.persist();
        written.fire(OutboxWritten.INSTANCE);
        return prepared.id();
    }

    /** The encrypted record of an event, for a caller that inserts it in its own transaction and then calls wakeRelay. */
    public OutboxRow prepare(String topic, String type, UUID aggregateId, Object data) {
        UUID eventId = TimeOrderedUuids.next();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, eventId, source, type, aggregateId.toString(),
                Instant.now(), CloudEvent.DATA_CONTENT_TYPE, mapper.valueToTree(data));
        try {
            return new OutboxRow(eventId, topic, aggregateId.toString(),
                    cipher.encrypt(mapper.writeValueAsString(event)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialized", e);
        }
    }

    /** After a commit of rows from prepare: the relay sends them now instead of at its next poll. */
    public void wakeRelay() {
        written.fire(OutboxWritten.INSTANCE);
    }
}
