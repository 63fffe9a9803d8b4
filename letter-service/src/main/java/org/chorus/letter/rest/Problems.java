package org.chorus.letter.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.chorus.letter.batch.ApprovalMismatchException;
import org.chorus.letter.batch.BatchStateException;
import org.chorus.letter.batch.FourEyesException;
import org.chorus.letter.batch.PdfPendingException;
import org.chorus.letter.service.DirectoryConflictException;
import org.chorus.letter.service.InvalidEntryException;
import org.chorus.letter.service.TemplateChangedException;
import org.chorus.letter.service.TemplateErrorException;
import org.chorus.letter.service.UnknownEntryException;
import org.chorus.problem.Problem;
import org.chorus.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The letter service's own problem types. The failures every service meets (validation, malformed JSON, 401, 403,
 * the unexpected) are answered by problem-details' GenericProblems.
 */
public class Problems {

    @ServerExceptionMapper
    public Response unknown(UnknownEntryException e) {
        return ProblemResponses.respond(Problem.of("not-found", "Not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response batchState(BatchStateException e) {
        return ProblemResponses.respond(Problem.of("conflict", "Conflict", 409, e.getMessage()));
    }

    /** Not yet, soon: the letters' PDFs are being printed. */
    @ServerExceptionMapper
    public Response pdfPending(PdfPendingException e) {
        return Response.fromResponse(ProblemResponses.respond(Problem.of("pdf-pending", "Conflict", 409, e.getMessage())))
                .header("Retry-After", "5").build();
    }

    /** What would go out is not what was approved: approve it again. */
    @ServerExceptionMapper
    public Response approvalMismatch(ApprovalMismatchException e) {
        return ProblemResponses.respond(Problem.of("approval-mismatch", "Conflict", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response fourEyes(FourEyesException e) {
        return ProblemResponses.respond(Problem.of("four-eyes", "Forbidden", 403, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(DirectoryConflictException e) {
        return ProblemResponses.respond(Problem.of("conflict", "Conflict", 409, e.getMessage()));
    }

    /** The text a review names is no longer the template's. */
    @ServerExceptionMapper
    public Response templateChanged(TemplateChangedException e) {
        return ProblemResponses.respond(Problem.of("template-changed", "Conflict", 409, e.getMessage()));
    }

    /**
     * A letter template that does not compile or render: the field and the line, in the validation shape, with the
     * line (and column) as numbers too.
     */
    @ServerExceptionMapper
    public Response templateError(TemplateErrorException e) {
        TemplateProblem problem = new TemplateProblem("/problems/template", "Invalid template", 400,
                "The template cannot be used: see errors for the line.",
                List.of(new TemplateProblem.Error(e.field(), e.getMessage(), e.line(), e.column())));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Well-formed but impossible input: the same shape as a validation failure, one field. */
    @ServerExceptionMapper
    public Response invalidEntry(InvalidEntryException e) {
        return ProblemResponses.respond(new Problem("/problems/validation", "Invalid input", 400,
                "Some fields are missing or invalid.", List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }
}
