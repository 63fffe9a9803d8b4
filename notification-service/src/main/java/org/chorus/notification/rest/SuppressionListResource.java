package org.chorus.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.notification.rest.dto.SuppressionListSize;
import org.chorus.notification.service.NotificationStatistics;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The suppression list's size for the console's emails page: a count only, never an address. */
@Path("/api/notifications/suppression-list")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
public class SuppressionListResource {

    private final NotificationStatistics statistics;

    public SuppressionListResource(NotificationStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(summary = "Count the suppression list", description = "How many addresses get no more email "
            + "(unsubscribed or bounced); never an address.")
    @APIResponseSchema(value = SuppressionListSize.class, responseCode = "200", responseDescription = "The count.")
    @APIResponse(responseCode = "401", description = "No valid bearer token of Keycloak realm chorus.")
    public SuppressionListSize size() {
        return new SuppressionListSize(statistics.suppressionListSize());
    }
}
