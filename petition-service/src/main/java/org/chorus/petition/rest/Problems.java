package org.chorus.petition.rest;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.PetitionNotFoundException;
import org.chorus.petition.service.PetitionNotOpenException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.logging.Log;

/** The one place where failures become problem+json answers. No stack trace or class name ever leaves. */
public class Problems {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem("/problems/validation", "Invalid input", 400,
                "Some fields are missing or invalid.", errors));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return respond(Problem.of("malformed-body", "Malformed body", 400, "The request body is not valid JSON of the expected shape."));
    }

    @ServerExceptionMapper
    public Response notFound(PetitionNotFoundException e) {
        return respond(Problem.of("petition-not-found", "Petition not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notOpen(PetitionNotOpenException e) {
        return respond(Problem.of("petition-not-open", "Petition not open", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidToken(InvalidTokenException e) {
        return respond(Problem.of("invalid-token", "Invalid or expired link", 400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 400
                ? "The request is malformed: the body must be valid JSON of the documented shape."
                : "The request could not be served: " + status.getReasonPhrase() + ".";
        return respond(Problem.of("http-" + status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode(),
                detail));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Log.error("unexpected failure", e);
        return respond(Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side. Please try again in a moment."));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code sign.request.consents.processing} becomes {@code consents.processing}. */
    private static String field(ConstraintViolation<?> v) {
        List<String> names = StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                .filter(n -> n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .toList();
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
