package org.chorus.letter.service;

/** A target, group or term that the directory does not have: 404. The message names what, never echoes input. */
public class UnknownEntryException extends RuntimeException {

    public UnknownEntryException(String message) {
        super(message);
    }
}
