package org.chorus.notification.service;

/** No email has this id (or this Message-ID). */
public class EmailNotFoundException extends RuntimeException {

    public EmailNotFoundException() {
        super("No email has this id.");
    }
}
