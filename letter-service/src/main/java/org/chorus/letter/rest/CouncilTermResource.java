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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

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
    @Operation(summary = "List Security Council terms", description = "Which state sits on the Council when; they "
            + "decide group unsc on any date.")
    @APIResponseSchema(value = CouncilTermRequest.View[].class, responseCode = "200",
            responseDescription = "The terms.")
    @APIResponse(responseCode = "401", description = "No valid bearer token of Keycloak realm chorus.")
    public List<CouncilTermRequest.View> all() {
        return terms.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a Security Council term", description = "A state's seat from one date to another.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "term", value = ApiExamples.COUNCIL_TERM)))
    @APIResponseSchema(value = CouncilTermRequest.View.class, responseCode = "201", responseDescription = "Added.")
    @APIResponse(responseCode = "400", description = "The code is not a target of the directory, or it ends before it "
            + "starts.")
    @APIResponse(responseCode = "409", description = "It overlaps a term of the same state.")
    public Response add(@Valid @NotNull CouncilTermRequest request) {
        return Response.status(201).entity(terms.add(request)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a Security Council term", description = "Takes a term out; batches already created "
            + "keep their targets.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No term has this id.")
    public Response remove(@PathParam("id") String id) {
        try {
            terms.remove(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new UnknownEntryException("There is no Council term with this id.");
        }
        return Response.noContent().build();
    }
}
