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
    public EmailView report(@Valid @NotNull BounceReport report) {
        return emails.bounce(report);
    }
}
