package org.chorus.messaging;

import java.util.UUID;

/**
 * An outbox row ready to be inserted: its CloudEvent either as text or sealed (OutboxSealing), never both. Made by
 * {@link Outbox#prepare}, for a caller that inserts rows in a JDBC transaction of its own.
 */
public record OutboxRecord(UUID id, String topic, String recordKey, String cloudEvent, byte[] cloudEventSealed) {
}
