package org.chorus.letter.rest;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where failures become problem+json answers. No stack trace or class name ever leaves. */
public class Problems {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return ProblemResponses.invalid(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return ProblemResponses.malformedBody();
    }

    /**
     * JSON of the wrong shape (an array for an object, text for a number, a date that is not one). Named on its own
     * because quarkus-rest-jackson has a built-in mapper for it that answers an empty 400.
     */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return ProblemResponses.malformedBody();
    }

    /** No token at all, on an endpoint that needs one. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return ProblemResponses.unauthorized("A bearer token of realm chorus is required.");
    }

    /** A token was sent but is not valid (bad signature, expired, or Keycloak unreachable to check it). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return ProblemResponses.unauthorized("The bearer token could not be verified.");
    }

    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e) {
        Log.warn("cannot verify a bearer credential: Keycloak is not reachable");
        return ProblemResponses.identityProviderUnavailable();
    }

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

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.forbidden();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        return ProblemResponses.http(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return ProblemResponses.unexpected(e);
    }
}
