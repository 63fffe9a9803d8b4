package org.chorus.petition.service;

/** Signatures arrive faster than they can be stored just now: the signer is asked to try again in a moment. */
public class SigningBusyException extends RuntimeException {

    public SigningBusyException() {
        super("Many people are signing right now. Please try again in a few seconds.");
    }
}
