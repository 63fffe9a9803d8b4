package org.chorus.petition.abuse;

/** A signature sent through the API without a valid proof of work while one is required; answered 400. */
public class ProofOfWorkException extends RuntimeException {

    public ProofOfWorkException(String message) {
        super(message);
    }
}
