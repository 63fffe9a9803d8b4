package org.chorus.petition.service;

public class SlugTakenException extends RuntimeException {

    public SlugTakenException(String slug) {
        super("Another petition already has the slug '" + slug + "'.");
    }
}
