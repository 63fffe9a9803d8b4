package org.chorus.console.pages;

import java.util.Arrays;
import java.util.List;

import org.chorus.console.api.Problem;

/**
 * The text of the field a letter template error is in, line by line as it was typed, with the line letter-service
 * named: what the editor shows so that a person finds the mistake without counting lines.
 */
public record TemplateErrorText(String field, String fieldName, List<String> lines, int line) {

    /** The failing field's text with its line, or null when the problem names no line of the subject or body. */
    static TemplateErrorText of(Problem problem, String subject, String body) {
        Problem.Line at = problem.lineIn("body");
        String text = body;
        String name = "letter";
        if (at == null) {
            at = problem.lineIn("subject");
            text = subject;
            name = "email subject";
        }
        if (at == null || text == null) {
            return null;
        }
        // a browser sends a textarea's lines with CRLF; Qute counts each break once, whichever it is
        return new TemplateErrorText(at.field(), name, Arrays.asList(text.split("\\R", -1)), at.line());
    }
}
