package org.chorus.letter.messaging;

/**
 * A record this service cannot act on. Its message ends up in logs and in the dead-letter record's headers, so it
 * names what was wrong and where, never a value taken from the record (which may hold personal data).
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
