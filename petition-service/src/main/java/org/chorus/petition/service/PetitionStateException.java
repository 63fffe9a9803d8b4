package org.chorus.petition.service;

/** The petition is not in the state the request needs (only a draft is edited or published, only an open one closed). */
public class PetitionStateException extends RuntimeException {

    public PetitionStateException(String message) {
        super(message);
    }
}
