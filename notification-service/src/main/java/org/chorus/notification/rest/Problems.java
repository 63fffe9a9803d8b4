package org.chorus.notification.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.chorus.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;


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

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        return ProblemResponses.http(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return ProblemResponses.unexpected(e);
    }
}
