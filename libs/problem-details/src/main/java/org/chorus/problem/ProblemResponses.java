package org.chorus.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

/**
 * The answers every service gives the same way. GenericProblems maps the exceptions every service meets to these, and
 * a service's own mappers build on them too, so that no service tells a client something another would say
 * differently, and none leaks a stack trace.
 */
public final class ProblemResponses {

    /** RFC 6750: a 401 names the scheme the client should use. */
    private static final String BEARER_CHALLENGE = "Bearer realm=\"chorus\"";
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

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

    /** 401 with the bearer challenge: no token, or one that could not be verified. */
    public static Response unauthorized(String detail) {
        Problem problem = Problem.of("unauthorized", "Unauthorized", 401, detail);
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response forbidden() {
        return respond(Problem.of("forbidden", "Forbidden", 403, "Your role does not allow this request."));
    }

    /**
     * Keycloak could not be reached to fetch the keys that verify a token. That is our outage, not a bad token: a 401
     * would send the client to log in again for nothing.
     */
    public static Response identityProviderUnavailable() {
        Problem problem = Problem.of("identity-provider-unavailable", "Service unavailable", 503,
                "Tokens cannot be verified right now. Please try again in a moment.");
        return Response.status(503).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The database cannot be reached (DatabaseOutage): a moment's outage on our side, so 503 and Retry-After. */
    public static Response databaseUnavailable() {
        Problem problem = Problem.of("database-unavailable", "Service unavailable", 503,
                "We cannot store or read this just now. Please try again in a few seconds.");
        return Response.status(503).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * A failure that no mapper names. When the database is out of reach, a 503 and one warning line (a restart
     * would otherwise fill the log with stack traces); else a 500, logged with its stack trace, as a bug.
     */
    public static Response unexpected(Throwable e) {
        if (DatabaseOutage.isCauseOf(e)) {
            LOG.warn("the database cannot be reached: answered 503 with Retry-After");
            return databaseUnavailable();
        }
        LOG.error("unexpected failure", e);
        return internal();
    }

    /** 500 without a word about the cause; the caller logs the exception. */
    public static Response internal() {
        return respond(Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side. Please try again in a moment."));
    }

    /**
     * {@code sign.request.consents.processing} becomes {@code consents.processing}; an element of a list or map keeps
     * its index or key ({@code demands[2].id}, {@code locales[1]}, {@code translations[fr].title}), so that a client
     * can point at the very input that is wrong.
     */
    static String field(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            // container elements (the strings of a List<String>) have synthetic names such as <list element>
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(name);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
