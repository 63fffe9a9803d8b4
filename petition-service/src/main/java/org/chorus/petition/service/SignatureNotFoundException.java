package org.chorus.petition.service;

/** No signature of this petition has that id (or, for a look-up, that address): 404. */
public class SignatureNotFoundException extends RuntimeException {

    public SignatureNotFoundException(String slug) {
        super("The petition '" + slug + "' has no such signature.");
    }
}
