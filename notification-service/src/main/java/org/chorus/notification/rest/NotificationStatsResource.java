package org.chorus.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chorus.notification.rest.dto.NotificationStats;
import org.chorus.notification.service.NotificationStatistics;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The staff dashboard's email numbers of one petition: counts only, so every staff role may read them. */
@Path("/api/notifications/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
public class NotificationStatsResource {

    private final NotificationStatistics statistics;

    public NotificationStatsResource(NotificationStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(summary = "Read a petition's email numbers", description = "The dashboard's counts of a petition's "
            + "emails: counts only, no address.")
    @APIResponseSchema(value = NotificationStats.class, responseCode = "200", responseDescription = "The counts.")
    @APIResponse(responseCode = "400", description = "petitionId is missing or not a UUID.")
    public NotificationStats stats(@QueryParam("petitionId") String petitionId) {
        var petition = QueryValues.uuid("petitionId", petitionId);
        if (petition == null) {
            throw new InvalidQueryValueException("petitionId is required: the petition's id (a UUID).");
        }
        return statistics.confirmations(petition);
    }
}
