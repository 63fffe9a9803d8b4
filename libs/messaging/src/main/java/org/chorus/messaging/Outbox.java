package org.chorus.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one way an event leaves a service: added to the {@code outbox_event} table inside the caller's transaction, so
 * that the change and its event commit together, and relayed to Kafka by EventRelay once committed. Each event is a
 * structured CloudEvent whose source is {@code chorus.messaging.source}; it is sealed when the service provides an
 * OutboxSealing (its events carry personal data), plain text otherwise.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, topic, record_key, cloud_event, cloud_event_encrypted)
            VALUES (?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Event<OutboxWritten> written;
    private final OutboxSealing sealing;
    private final String source;

    public Outbox(DataSource dataSource, ObjectMapper mapper, Event<OutboxWritten> written,
            Instance<OutboxSealing> sealing, MessagingConfig config) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.written = written;
        this.sealing = sealing.isResolvable() ? sealing.get() : null;
        this.source = config.source();
    }

    /** An event about {@code key} (its subject too), as of now. @return the event's id */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String type, String key, Object data) {
        return add(topic, type, key, key, Instant.now(), data);
    }

    /**
     * @param key the Kafka record key: the events of one key stay in order
     * @param subject what the event is about, when that is not its key
     * @param time when it happened
     * @return the event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String type, String key, String subject, Instant time, Object data) {
        OutboxRecord record = prepare(topic, type, key, subject, time, data);
        // the connection of the caller's transaction: Agroal hands the same one to Hibernate and to us
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(INSERT)) {
            bind(insert, record);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("event " + type + " could not be added to the outbox", e);
        }
        written.fire(OutboxWritten.INSTANCE);
        return record.id();
    }

    /** The row of an event about {@code key} as of now, for a caller that inserts it with {@link #insert}. */
    public OutboxRecord prepare(String topic, String type, String key, Object data) {
        return prepare(topic, type, key, key, Instant.now(), data);
    }

    /**
     * Inserts prepared rows with the caller's connection, in its transaction, as one batched statement (signing's
     * hot path stores hundreds of signatures in one transaction). After its commit, the caller calls {@link #wake}.
     */
    public void insert(Connection db, List<OutboxRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            for (OutboxRecord record : records) {
                bind(insert, record);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Rows were committed outside a JTA transaction (insert): the relay sends them now, not at its next poll. */
    public void wake() {
        written.fire(OutboxWritten.INSTANCE);
    }

    private OutboxRecord prepare(String topic, String type, String key, String subject, Instant time, Object data) {
        UUID id = TimeOrderedUuids.next();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type, subject, time,
                CloudEvent.DATA_CONTENT_TYPE, mapper.valueToTree(data));
        String json;
        try {
            json = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialized", e);
        }
        return sealing == null ? new OutboxRecord(id, topic, key, json, null)
                : new OutboxRecord(id, topic, key, null, sealing.seal(json));
    }

    private static void bind(PreparedStatement insert, OutboxRecord record) throws SQLException {
        insert.setObject(1, record.id());
        insert.setString(2, record.topic());
        insert.setString(3, record.recordKey());
        insert.setString(4, record.cloudEvent());
        insert.setBytes(5, record.cloudEventSealed());
    }
}
