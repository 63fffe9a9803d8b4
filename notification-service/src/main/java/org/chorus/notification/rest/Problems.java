package org.chorus.notification.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.chorus.problem.Problem;
import org.chorus.notification.service.EmailNotFoundException;
import org.chorus.notification.service.EmailStateException;
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
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.forbidden();
    }

    @ServerExceptionMapper
    public Response notFound(EmailNotFoundException e) {
        return ProblemResponses.respond(Problem.of("not-found", "Not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryValueException e) {
        return ProblemResponses.respond(Problem.of("validation", "Invalid input", 400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(EmailStateException e) {
        return ProblemResponses.respond(Problem.of("conflict", "Conflict", 409, e.getMessage()));
    }

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
    public Response http(WebApplicationException e) {
        return ProblemResponses.http(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return ProblemResponses.unexpected(e);
    }
}
