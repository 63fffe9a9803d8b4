package org.chorus.petition.service;

public class PartnerExistsException extends RuntimeException {

    public PartnerExistsException(String slug) {
        super("A partner with the slug '" + slug + "' is registered already.");
    }
}
