package org.chorus.petition.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.PetitionNotFoundException;
import org.chorus.petition.service.PetitionNotOpenException;
import org.chorus.problem.Problem;
import org.chorus.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;

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

    @ServerExceptionMapper
    public Response notFound(PetitionNotFoundException e) {
        return ProblemResponses.respond(Problem.of("petition-not-found", "Petition not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notOpen(PetitionNotOpenException e) {
        return ProblemResponses.respond(Problem.of("petition-not-open", "Petition not open", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidToken(InvalidTokenException e) {
        return ProblemResponses.respond(Problem.of("invalid-token", "Invalid or expired link", 400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        return ProblemResponses.http(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Log.error("unexpected failure", e);
        return ProblemResponses.internal();
    }
}
