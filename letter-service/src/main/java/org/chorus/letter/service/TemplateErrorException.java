package org.chorus.letter.service;

/**
 * A letter template that does not compile or does not render with a letter's values: 400, with the line. The line
 * and column are also kept apart from the message (null when Qute does not know them), so that an editor can mark
 * the failing line without parsing a sentence.
 */
public class TemplateErrorException extends RuntimeException {

    private final String field;
    private final Integer line;
    private final Integer column;

    public TemplateErrorException(String field, String message) {
        this(field, message, null, null);
    }

    public TemplateErrorException(String field, String message, Integer line, Integer column) {
        super(message);
        this.field = field;
        this.line = line;
        this.column = column;
    }

    public String field() {
        return field;
    }

    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }
}
