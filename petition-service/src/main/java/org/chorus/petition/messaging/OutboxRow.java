package org.chorus.petition.messaging;

import java.util.UUID;

/** An outbox record ready to be inserted by a writer that does not go through Hibernate (service/SignatureWriter). */
public record OutboxRow(UUID id, String topic, String recordKey, byte[] cloudEventEncrypted) {
}
