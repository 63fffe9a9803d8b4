package org.chorus.letter.service;

/** A letter template that does not compile or does not render with a letter's values: 400, with the line. */
public class TemplateErrorException extends RuntimeException {

    private final String field;

    public TemplateErrorException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
