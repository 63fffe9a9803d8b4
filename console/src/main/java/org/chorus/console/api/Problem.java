package org.chorus.console.api;

import java.util.List;

/**
 * A service's problem+json answer as a person reads it: its title, its detail, and for a validation problem the
 * fields it names. {@code lines} are the places a letter template's error names (letter-service gives the line as a
 * number), for the editor to mark the failing line; empty for every other problem.
 */
public record Problem(int status, String title, String detail, List<String> fieldErrors, List<Line> lines) {

    public Problem(int status, String title, String detail, List<String> fieldErrors) {
        this(status, title, detail, fieldErrors, List.of());
    }

    /** Where in which field a template error is: the line counts from 1, the column is null when not known. */
    public record Line(String field, int line, Integer column) {
    }

    /** The first place named in {@code field}, or null. */
    public Line lineIn(String field) {
        return lines.stream().filter(l -> l.field().equals(field)).findFirst().orElse(null);
    }

    public static Problem unreachable(Service service) {
        return new Problem(503, service.displayName() + " did not answer",
                "Nothing was changed. Try again in a moment; if it lasts, tell whoever runs Chorus.", List.of());
    }
}
