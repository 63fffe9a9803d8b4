package org.chorus.messaging;

/** Fired when an event was added to the outbox; observed after commit (EventRelay) to wake the relay at once. */
public enum OutboxWritten {
    INSTANCE
}
