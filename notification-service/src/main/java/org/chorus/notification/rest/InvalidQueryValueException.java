package org.chorus.notification.rest;

/** A query or path value that cannot be what it names; the message says what it must be, without echoing it. */
public class InvalidQueryValueException extends RuntimeException {

    public InvalidQueryValueException(String message) {
        super(message);
    }
}
