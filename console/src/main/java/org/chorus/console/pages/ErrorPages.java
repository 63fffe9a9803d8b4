package org.chorus.console.pages;

import java.util.List;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.console.api.Problem;
import org.chorus.console.api.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * What a person sees when something is refused: the service's own words in a console page with the same status,
 * never a bare status or a stack trace.
 */
public class ErrorPages {

    private final Template error;

    ErrorPages(@Location("error.html") Template error) {
        this.error = error;
    }

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return page(e.problem());
    }

    /** JAX-RS' own refusals (no such page, a method not allowed): a page with their status. */
    @ServerExceptionMapper
    public Response refusedByJaxRs(jakarta.ws.rs.WebApplicationException e) {
        return page(refusal(e.getResponse().getStatus()));
    }

    /** A bug of the console's own: logged with an id the page shows, and never a stack trace in the page. */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        String id = java.util.UUID.randomUUID().toString();
        io.quarkus.logging.Log.errorf(e, "console page failed, error %s", id);
        return page(new Problem(500, "The console failed to show this page",
                "Nothing was changed by it. Tell whoever runs Chorus, with this error id: " + id, List.of()));
    }

    /** Quarkus' own refusals (a form without its CSRF token, an unknown page) come without a body: give them one. */
    @ServerResponseFilter
    public void explainBareErrors(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Problem problem = status == 400
                ? new Problem(400, "This form has expired or did not come from the console",
                        "Nothing was changed. Open the page again and send the form from there.", List.of())
                : refusal(status);
        response.setEntity(error.data("problem", problem).data("errorPage", true).render(), null,
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private static Problem refusal(int status) {
        return switch (status) {
            case 404 -> new Problem(404, "There is no such page in the console", "", List.of());
            case 405 -> new Problem(405, "This page cannot be used that way", "", List.of());
            default -> new Problem(status, "The console could not do this (" + status + ")", "", List.of());
        };
    }

    private Response page(Problem problem) {
        int status = problem.status() >= 400 ? problem.status() : 502;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("problem", problem).data("errorPage", true).render()).build();
    }
}
