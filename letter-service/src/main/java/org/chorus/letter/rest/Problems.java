package org.chorus.letter.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.chorus.problem.Problem;
import org.chorus.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where failures become problem+json answers. No stack trace or class name ever leaves. */
public class Problems {

    /** RFC 6750: a 401 names the scheme the client should use. */
    private static final String BEARER_CHALLENGE = "Bearer realm=\"chorus\"";
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return ProblemResponses.invalid(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return ProblemResponses.malformedBody();
    }

    /** No token at all, on an endpoint that needs one. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return challenge("A bearer token of realm chorus is required.");
    }

    /** A token was sent but is not valid (bad signature, expired, or Keycloak unreachable to check it). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge("The bearer token could not be verified.");
    }

    /**
     * A token arrived but Keycloak could not be reached to fetch the keys that verify it. That is our outage, not a
     * bad token: a 401 would send the client to log in again for nothing.
     */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e) {
        Log.warn("cannot verify a bearer credential: Keycloak is not reachable");
        Problem problem = Problem.of("identity-provider-unavailable", "Service unavailable", 503,
                "Tokens cannot be verified right now. Please try again in a moment.");
        return Response.status(503).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.respond(
                Problem.of("forbidden", "Forbidden", 403, "Your role does not allow this request."));
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

    private static Response challenge(String detail) {
        Problem problem = Problem.of("unauthorized", "Unauthorized", 401, detail);
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
