package org.chorus.petition.service;

public class PetitionNotOpenException extends RuntimeException {

    public PetitionNotOpenException(String slug) {
        super("The petition '" + slug + "' is not open for signing.");
    }
}
