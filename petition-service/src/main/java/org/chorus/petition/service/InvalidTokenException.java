package org.chorus.petition.service;

public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException() {
        super("This link is not valid or has expired. Sign again to get a new one.");
    }
}
