package org.chorus.notification.service;

/** The email is not in a state that allows the request (a resend of an email that did not fail, say). */
public class EmailStateException extends RuntimeException {

    public EmailStateException(String message) {
        super(message);
    }
}
