package org.chorus.messaging;

/**
 * How a service whose events carry personal data keeps them encrypted while they wait in the outbox. A service that
 * provides a bean of this type has every event sealed into {@code cloud_event_encrypted}; one that provides none
 * writes plain {@code cloud_event} text.
 */
public interface OutboxSealing {

    byte[] seal(String cloudEvent);

    String open(byte[] sealed);
}
