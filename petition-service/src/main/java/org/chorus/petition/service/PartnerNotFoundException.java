package org.chorus.petition.service;

public class PartnerNotFoundException extends RuntimeException {

    public PartnerNotFoundException(String slug) {
        super("There is no partner '" + slug + "'.");
    }
}
