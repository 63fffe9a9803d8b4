package org.chorus.letter.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.letter.rest.dto.CouncilTermRequest;
import org.chorus.letter.service.CouncilTerms;
import org.chorus.letter.service.UnknownEntryException;

/** Security Council membership terms, which decide who is in group {@code unsc} on any date. */
@Path("/api/letters/council-terms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CAMPAIGNER)
public class CouncilTermResource {

    private final CouncilTerms terms;

    public CouncilTermResource(CouncilTerms terms) {
        this.terms = terms;
    }

    @GET
    public List<CouncilTermRequest.View> all() {
        return terms.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Valid @NotNull CouncilTermRequest request) {
        return Response.status(201).entity(terms.add(request)).build();
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id) {
        try {
            terms.remove(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new UnknownEntryException("There is no Council term with this id.");
        }
        return Response.noContent().build();
    }
}
