package org.chorus.petition.service;

/** A valid token with role partner, but of no registered partner: it may read nobody's data. */
public class PartnerNotRegisteredException extends RuntimeException {

    public PartnerNotRegisteredException() {
        super("Your token is not that of a registered partner.");
    }
}
