package org.chorus.letter.batch;

/** A letter's PDF is not printed yet (a few seconds after the batch was created): ask again shortly. */
public class PdfPendingException extends RuntimeException {

    public PdfPendingException(String message) {
        super(message);
    }
}
