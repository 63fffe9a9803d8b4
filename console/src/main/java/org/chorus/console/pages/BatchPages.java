package org.chorus.console.pages;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Problem;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;
import org.chorus.console.security.ConsoleHeaders;
import org.chorus.console.security.SignedInStaff;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Delivery batches: the list by status (what waits for an approver), a new batch, and one batch with its letters,
 * their HTML and PDF, which of them are in an unreviewed translation, approval by a second person, taking in the
 * directory's new contacts, and dispatch. A letter's replies have their own page (LetterReplyPages).
 */
@Path("/batches")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class BatchPages {

    static final List<String> STATUSES = List.of("AWAITING_APPROVAL", "APPROVED", "DISPATCHED");

    private final StaffApi api;
    private final SignedInStaff staff;
    private final Template list;
    private final Template detail;

    BatchPages(StaffApi api, SignedInStaff staff, @Location("batches.html") Template list,
            @Location("batch.html") Template detail) {
        this.api = api;
        this.staff = staff;
        this.list = list;
        this.detail = detail;
    }

    @GET
    public TemplateInstance all(@QueryParam("status") String status) {
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        String query = chosen == null ? "" : "?status=" + chosen;
        ApiAnswer batches = api.get(Service.LETTER, "/api/letters/batches" + query).orThrow();
        ApiAnswer petitions = api.get(Service.PETITION, "/api/petitions");
        ApiAnswer groups = api.get(Service.LETTER, "/api/letters/groups");
        return list.data("batches", batches.list("items")).data("total", batches.map().get("total"))
                .data("status", chosen).data("statuses", STATUSES)
                .data("petitions", petitions.list()).data("groups", groups.list()).data("problem", null);
    }

    @POST
    public Response create(@RestForm String petition, @RestForm String targetGroup, @RestForm String cutoff) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("petition", petition);
        request.put("targetGroup", targetGroup);
        if (cutoff != null && !cutoff.isBlank()) {
            try {
                request.put("cutoff", LocalDateTime.parse(cutoff.trim()).toInstant(ZoneOffset.UTC).toString());
            } catch (DateTimeParseException e) {
                throw new org.chorus.console.api.ProblemException(new Problem(400,
                        "The cut-off must be a date and time such as 2026-12-01T00:00 (UTC)", "Nothing was created.",
                        List.of()));
            }
        }
        Map<String, Object> batch = api.post(Service.LETTER, "/api/letters/batches", request).orThrow().map();
        return SeeOther.page("/batches/" + batch.get("id"));
    }

    /**
     * The batch, each letter marked when its language's text is one no person has reviewed (a machine translation),
     * so that an approver sees it before approving; if the review states cannot be read, the page says so rather
     * than mark nothing.
     */
    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("id") String id) {
        Map<String, Object> batch = api.get(Service.LETTER, "/api/letters/batches/" + id).orThrow().map();
        ApiAnswer languages = api.get(Service.LETTER, "/api/letters/templates/" + batch.get("petition"));
        UnreviewedLetters unreviewed = UnreviewedLetters.of(batch, languages.list());
        return detail.data("batch", batch).data("approvalRefusal", approvalRefusal(batch))
                .data("letters", unreviewed.letters()).data("unreviewedLocales", unreviewed.locales())
                .data("reviewStateProblem", languages.ok() ? null : languages.problem())
                .data("directoryDiffers", unreviewed.letters().stream()
                        .anyMatch(l -> Boolean.TRUE.equals(l.get("directoryDiffers"))));
    }

    /** The directory has other contacts for some letters' targets now: write those letters to them instead. */
    @POST
    @Path("/{id}/recipients/refresh")
    public Response refreshRecipients(@PathParam("id") String id) {
        api.post(Service.LETTER, "/api/letters/batches/" + id + "/recipients/refresh", null).orThrow();
        return SeeOther.page("/batches/" + id);
    }

    @POST
    @Path("/{id}/approve")
    public Response approve(@PathParam("id") String id) {
        api.post(Service.LETTER, "/api/letters/batches/" + id + "/approve", null).orThrow();
        return SeeOther.page("/batches/" + id);
    }

    @POST
    @Path("/{id}/dispatch")
    public Response dispatch(@PathParam("id") String id) {
        api.post(Service.LETTER, "/api/letters/batches/" + id + "/dispatch", null).orThrow();
        return SeeOther.page("/batches/" + id);
    }

    /** The letter as it will be sent, in letter-service's own sandboxed page. */
    @GET
    @Path("/{id}/letters/{letterId}")
    public Response letterHtml(@PathParam("id") String id, @PathParam("letterId") String letterId) {
        StaffApi.Document letter = api.document(Service.LETTER, "/api/letters/batches/" + id + "/letters/" + letterId,
                MediaType.TEXT_HTML);
        return Response.ok(letter.bytes(), letter.contentType())
                .header("Content-Security-Policy", ConsoleHeaders.LETTER_POLICY).build();
    }

    @GET
    @Path("/{id}/letters/{letterId}/pdf")
    @Produces("application/pdf")
    public Response letterPdf(@PathParam("id") String id, @PathParam("letterId") String letterId) {
        StaffApi.Document pdf = api.document(Service.LETTER, "/api/letters/batches/" + id + "/letters/" + letterId,
                "application/pdf");
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter-" + letterId + ".pdf\"").build();
    }

    /** Why this person may not approve this batch (four eyes), or null; letter-service decides in the end. */
    private String approvalRefusal(Map<String, Object> batch) {
        if (!"AWAITING_APPROVAL".equals(batch.get("status"))) {
            return null;
        }
        if (!staff.isApprover()) {
            return "Only an approver can approve a batch.";
        }
        String me = staff.name();
        if (me.equals(batch.get("createdBy"))) {
            return "You created this batch, so another person must approve it (four eyes).";
        }
        if (me.equals(batch.get("changedBy"))) {
            return "You changed this batch last, so another person must approve it (four eyes).";
        }
        return null;
    }
}
