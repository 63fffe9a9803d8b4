package org.chorus.petition.service;

public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String slug, long current) {
        super("The petition '" + slug + "' was changed since this edit began (it is now at version " + current
                + "). Load it again and redo the edit.");
    }
}
