package org.chorus.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.rest.dto.EmailPage;
import org.chorus.notification.rest.dto.EmailView;
import org.chorus.notification.service.StaffEmails;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The staff view of the emails: by petition, batch, status and kind, no address in full; resend a FAILED one. */
@Path("/api/notifications/emails")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CAMPAIGNER, Roles.ADMIN })
public class EmailResource {

    private final StaffEmails emails;

    public EmailResource(StaffEmails emails) {
        this.emails = emails;
    }

    @GET
    @Operation(summary = "List emails", description = "The emails by petition, batch, status and kind, newest first; "
            + "no address in full.")
    @APIResponseSchema(value = EmailPage.class, responseCode = "200", responseDescription = "A page of emails.")
    @APIResponse(responseCode = "400", description = "A query parameter is not a UUID, a known status or kind, or a "
            + "page number.")
    public EmailPage list(@QueryParam("petitionId") String petitionId, @QueryParam("batchId") String batchId,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return emails.list(QueryValues.uuid("petitionId", petitionId), QueryValues.uuid("batchId", batchId),
                QueryValues.oneOf("status", status, EmailMessage.Status.class),
                QueryValues.oneOf("kind", kind, EmailMessage.Kind.class), page, size);
    }

    @POST
    @Path("/{id}/resend")
    @Operation(summary = "Send a failed email again", description = "Queues a FAILED email again.")
    @APIResponse(responseCode = "200", description = "The email, queued.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EmailView.class),
            examples = @ExampleObject(name = "email", value = ApiExamples.EMAIL)))
    @APIResponse(responseCode = "404", description = "No email has this id.")
    @APIResponse(responseCode = "409", description = "The email is not FAILED, or its recipient was erased.")
    public EmailView resend(@PathParam("id") String id) {
        return emails.resend(QueryValues.uuid("id", id));
    }
}
