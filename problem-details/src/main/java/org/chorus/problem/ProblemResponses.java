package org.chorus.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * The answers every service gives the same way. Each service keeps its one exception-mapper class and calls these,
 * so that no service tells a client something another would say differently, and none leaks a stack trace.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** 400 with one entry per invalid field, sorted by field. */
    public static Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem("/problems/validation", "Invalid input", 400,
                "Some fields are missing or invalid.", errors));
    }

    public static Response malformedBody() {
        return respond(Problem.of("malformed-body", "Malformed body", 400,
                "The request body is not valid JSON of the expected shape."));
    }

    /** The status JAX-RS chose (404 unknown path, 405, 415...), with a reason phrase and nothing internal. */
    public static Response http(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 400
                ? "The request is malformed: the body must be valid JSON of the documented shape."
                : "The request could not be served: " + status.getReasonPhrase() + ".";
        return respond(Problem.of("http-" + status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode(),
                detail));
    }

    /** 500 without a word about the cause; the caller logs the exception. */
    public static Response internal() {
        return respond(Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side. Please try again in a moment."));
    }

    /** {@code sign.request.consents.processing} becomes {@code consents.processing}. */
    static String field(ConstraintViolation<?> v) {
        List<String> names = StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                .filter(n -> n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .toList();
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
