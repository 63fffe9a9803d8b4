package org.chorus.petition.service;

public class PetitionNotFoundException extends RuntimeException {

    public PetitionNotFoundException(String slug) {
        super("There is no petition '" + slug + "'.");
    }
}
