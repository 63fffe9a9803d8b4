package org.chorus.petition.service;

/** Signatures arrive faster than they can be stored just now: the signer is asked to try again in a moment. */
public class SigningBusyException extends RuntimeException {

    /** The queue of a busy writer empties within seconds. */
    public static final int RETRY_AFTER_SECONDS = 2;

    public SigningBusyException() {
        super("Many people are signing right now. Please try again in a few seconds.");
    }
}
