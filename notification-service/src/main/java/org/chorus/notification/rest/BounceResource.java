package org.chorus.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.notification.rest.dto.BounceReport;
import org.chorus.notification.rest.dto.EmailView;
import org.chorus.notification.service.StaffEmails;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Where the mail system reports a bounce that came back after an email was accepted: the bounce processor of the
 * outgoing mail server calls it with a token of a client that has the {@code admin} role.
 */
@Path("/api/notifications/bounces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BounceResource {

    private final StaffEmails emails;

    public BounceResource(StaffEmails emails) {
        this.emails = emails;
    }

    @POST
    @Operation(summary = "Report a bounce", description = "The outgoing mail server's bounce processor reports a "
            + "bounce that came back after an email was accepted. A hard bounce of a sent email makes it BOUNCED "
            + "and suppresses its address; a soft one changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "bounce", value = ApiExamples.BOUNCE)))
    @APIResponse(responseCode = "200", description = "The email.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EmailView.class),
            examples = @ExampleObject(name = "email", value = ApiExamples.EMAIL)))
    @APIResponse(responseCode = "404", description = "No email has this message id.")
    @APIResponse(responseCode = "409", description = "Only a sent email can bounce.")
    public EmailView report(@Valid @NotNull BounceReport report) {
        return emails.bounce(report);
    }
}
