package org.chorus.letter.batch;

/** What would be dispatched is not what was approved (409): it needs approving again. */
public class ApprovalMismatchException extends RuntimeException {

    public ApprovalMismatchException(String message) {
        super(message);
    }
}
