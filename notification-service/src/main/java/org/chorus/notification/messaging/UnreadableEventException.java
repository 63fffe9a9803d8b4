package org.chorus.notification.messaging;

/**
 * A record this service cannot act on. Its message becomes the dead-letter reason and may be logged, so it names
 * what is wrong (a field, a position) and never quotes the record, which can hold personal data.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
