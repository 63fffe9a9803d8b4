package org.chorus.notification.rest;

import jakarta.ws.rs.core.Response;

import org.chorus.notification.service.EmailNotFoundException;
import org.chorus.notification.service.EmailStateException;
import org.chorus.problem.Problem;
import org.chorus.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The notification service's own problem types. The failures every service meets (validation, malformed JSON, 401,
 * 403, the unexpected) are answered by problem-details' GenericProblems.
 */
public class Problems {

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
}
