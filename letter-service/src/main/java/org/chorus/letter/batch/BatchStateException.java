package org.chorus.letter.batch;

/** The batch is not in a state that allows the request (a dispatch before approval, say): 409. */
public class BatchStateException extends RuntimeException {

    public BatchStateException(String message) {
        super(message);
    }
}
