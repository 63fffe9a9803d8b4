package org.chorus.petition.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.abuse.ProofOfWorkException;
import org.chorus.petition.abuse.RateLimitedException;
import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.PetitionNotFoundException;
import org.chorus.petition.service.PetitionNotOpenException;
import org.chorus.petition.service.PetitionStateException;
import org.chorus.petition.service.SigningBusyException;
import org.chorus.petition.service.SlugTakenException;
import org.chorus.petition.service.StaleVersionException;
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

    @ServerExceptionMapper
    public Response notFound(PetitionNotFoundException e) {
        return ProblemResponses.respond(Problem.of("petition-not-found", "Petition not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notOpen(PetitionNotOpenException e) {
        return ProblemResponses.respond(Problem.of("petition-not-open", "Petition not open", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response slugTaken(SlugTakenException e) {
        return ProblemResponses.respond(Problem.of("slug-taken", "Slug taken", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response wrongState(PetitionStateException e) {
        return ProblemResponses.respond(Problem.of("petition-state", "Not possible in this state", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e) {
        return ProblemResponses.respond(Problem.of("stale-version", "Changed meanwhile", 409, e.getMessage()));
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
    public Response invalidToken(InvalidTokenException e) {
        return ProblemResponses.respond(Problem.of("invalid-token", "Invalid or expired link", 400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response proofOfWork(ProofOfWorkException e) {
        return ProblemResponses.respond(Problem.of("proof-of-work", "Proof of work missing or wrong", 400, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return Response.fromResponse(ProblemResponses.respond(
                Problem.of("rate-limited", "Too many requests", 429, e.getMessage())))
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response busy(SigningBusyException e) {
        return Response.fromResponse(ProblemResponses.respond(
                Problem.of("busy", "Service busy", 503, e.getMessage())))
                .header("Retry-After", SigningBusyException.RETRY_AFTER_SECONDS)
                .build();
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
