package org.chorus.petition.messaging;

/** Fired when an outbox record is written; observed after commit to wake the relay at once. */
public record OutboxWritten() {

    static final OutboxWritten INSTANCE = new OutboxWritten();
}
