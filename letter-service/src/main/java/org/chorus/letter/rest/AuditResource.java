package org.chorus.letter.rest;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** What staff did in letter-service, newest first, for the console's audit page: any staff role may read it. */
@Path("/api/audit/letters")
@RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "Read letter-service's audit trail", description = "What staff did here (who, what, when), "
            + "newest first, filtered and paged.")
    @APIResponseSchema(value = AuditPage.class, responseCode = "200", responseDescription = "A page of audit entries.")
    @APIResponse(responseCode = "401", description = "No valid bearer token of Keycloak realm chorus.")
    public AuditPage list(@Valid @BeanParam AuditQuery query) {
        return trail.find(query.filter());
    }
}
