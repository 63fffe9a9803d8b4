package org.chorus.petition.service;

/** The database refused a batch of signatures; Problems answers 503 when it is out of reach, else 500. */
public class SignatureNotStoredException extends RuntimeException {

    public SignatureNotStoredException(Throwable cause) {
        super("the signature could not be stored", cause);
    }
}
