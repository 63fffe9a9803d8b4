package org.chorus.petition.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.audit.AuditPage;
import org.chorus.audit.AuditQuery;
import org.chorus.audit.AuditTrail;

/** What staff did in petition-service, newest first, for the console's audit page: any staff role may read it. */
@Path("/api/audit/petitions")
@RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    public AuditPage list(@Valid @BeanParam AuditQuery query) {
        return trail.find(query.filter());
    }
}
