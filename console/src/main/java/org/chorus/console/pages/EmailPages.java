package org.chorus.console.pages;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Emails: those that failed (to resend), and the rest by status; addresses are masked by notification-service and
 * gone once an email left.
 */
@Path("/emails")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class EmailPages {

    static final List<String> STATUSES = List.of("FAILED", "QUEUED", "SENT", "BOUNCED", "SUPPRESSED");

    private final StaffApi api;
    private final Template page;

    EmailPages(StaffApi api, @Location("emails.html") Template page) {
        this.api = api;
        this.page = page;
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") Integer number) {
        String chosen = status != null && STATUSES.contains(status) ? status : "FAILED";
        int pageNumber = number == null || number < 0 ? 0 : number;
        ApiAnswer emails = api.get(Service.NOTIFICATION,
                "/api/notifications/emails?status=" + chosen + "&page=" + pageNumber + "&size=50").orThrow();
        ApiAnswer suppression = api.get(Service.NOTIFICATION, "/api/notifications/suppression-list");
        return page.data("emails", emails.list("items")).data("total", emails.map().get("total"))
                .data("suppressed", suppression.ok() ? suppression.map().get("addresses") : null)
                .data("status", chosen).data("statuses", STATUSES).data("page", pageNumber)
                .data("hasMore", (pageNumber + 1) * 50L < ((Number) emails.map().getOrDefault("total", 0)).longValue());
    }

    @POST
    @Path("/{id}/resend")
    public Response resend(@PathParam("id") String id) {
        api.post(Service.NOTIFICATION, "/api/notifications/emails/" + id + "/resend", null).orThrow();
        return SeeOther.page("/emails?status=QUEUED");
    }
}
