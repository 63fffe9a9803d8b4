package org.chorus.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The exception mappers every service needs, declared once: Quarkus finds them in this library's index (beans.xml)
 * as it finds the services' own. A service's Problems class maps only its own exceptions; those are subclasses of
 * Throwable (or of WebApplicationException), and the mapper of the nearest type wins, so they are never answered
 * by {@link #unexpected} or {@link #http}. No stack trace or class name ever leaves.
 */
public class GenericProblems {

    private static final Logger LOG = Logger.getLogger(GenericProblems.class);

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

    /** A token was sent but is not valid (bad signature, expired). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return ProblemResponses.unauthorized("The bearer token could not be verified.");
    }

    /** Keycloak could not be reached to check a token: our outage, answered 503 (see ProblemResponses). */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e) {
        LOG.warn("cannot verify a bearer credential: Keycloak is not reachable");
        return ProblemResponses.identityProviderUnavailable();
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
