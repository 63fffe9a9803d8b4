package org.chorus.letter.service;

/** Input that is well-formed but cannot be right (a code that is no country, two contacts with one role): 400. */
public class InvalidEntryException extends RuntimeException {

    private final String field;

    public InvalidEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
