package org.chorus.petition.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

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
        UUID eventId = UUID.randomUUID();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, eventId, source, type, aggregateId.toString(),
                Instant.now(), CloudEvent.DATA_CONTENT_TYPE, mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = eventId;
        row.topic = topic;
        row.recordKey = aggregateId.toString();
        try {
            row.cloudEventEncrypted = cipher.encrypt(mapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialized", e);
        }
        row.persist();
        written.fire(OutboxWritten.INSTANCE);
        return eventId;
    }
}
