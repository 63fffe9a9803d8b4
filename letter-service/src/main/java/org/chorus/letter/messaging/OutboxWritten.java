package org.chorus.letter.messaging;

/** Fired when an event was added to the outbox; observed after commit to wake the relay at once. */
public enum OutboxWritten {
    INSTANCE
}
