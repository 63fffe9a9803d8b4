package org.chorus.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chorus.notification.rest.dto.NotificationStats;
import org.chorus.notification.service.NotificationStatistics;

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
    public NotificationStats stats(@QueryParam("petitionId") String petitionId) {
        var petition = QueryValues.uuid("petitionId", petitionId);
        if (petition == null) {
            throw new InvalidQueryValueException("petitionId is required: the petition's id (a UUID).");
        }
        return statistics.confirmations(petition);
    }
}
