package org.chorus.letter.service;

/** A review names a text that is no longer the template's (someone saved another since it was read): 409. */
public class TemplateChangedException extends RuntimeException {

    public TemplateChangedException(String message) {
        super(message);
    }
}
