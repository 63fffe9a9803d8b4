package org.chorus.letter.service;

/** The change would contradict the directory (a code that is already a target, say): 409. */
public class DirectoryConflictException extends RuntimeException {

    public DirectoryConflictException(String message) {
        super(message);
    }
}
