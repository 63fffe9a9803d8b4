package org.chorus.letter.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The problem+json of a letter template that cannot be used: the validation shape (Problem), each error also naming
 * its line and column as numbers when Qute knows them, for the console's editor to mark the line with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TemplateProblem(String type, String title, int status, String detail, List<Error> errors) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String field, String message, Integer line, Integer column) {
    }
}
