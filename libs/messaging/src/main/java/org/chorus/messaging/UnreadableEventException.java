package org.chorus.messaging;

/**
 * A record a consumer cannot act on: unreadable, of an unknown type, or missing what its type needs. Its message
 * becomes the dead letter's reason and may be logged, so it names what is wrong and where (a field, a position) and
 * never quotes the record, which may hold personal data. The only reason DeadLetters keeps as it is.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
