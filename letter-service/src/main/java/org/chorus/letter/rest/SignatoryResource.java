package org.chorus.letter.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.letter.rest.dto.SignatorySummary;
import org.chorus.letter.service.SignatoryQueries;

/** What campaign staff may know about a petition's confirmed signatories before they build a batch. */
@Path("/api/letters/petitions/{slug}/signatories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CAMPAIGNER)
public class SignatoryResource {

    private final SignatoryQueries queries;

    public SignatoryResource(SignatoryQueries queries) {
        this.queries = queries;
    }

    /** A slug the read model has not seen answers zeros (see SignatoryQueries#summary). */
    @GET
    @Path("/summary")
    public SignatorySummary summary(@PathParam("slug") String slug) {
        return queries.summary(slug);
    }
}
