package org.chorus.letter.batch;

/** The batch's creator, or whoever changed it since, tried to approve it: a second person must (403). */
public class FourEyesException extends RuntimeException {

    public FourEyesException() {
        super("A batch is approved by someone other than the person who created it or changed it.");
    }
}
