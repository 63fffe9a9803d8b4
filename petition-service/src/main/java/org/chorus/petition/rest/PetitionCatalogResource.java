package org.chorus.petition.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.rest.dto.PetitionListItem;
import org.chorus.petition.rest.dto.PetitionRequest;
import org.chorus.petition.rest.dto.StaffPetitionView;
import org.chorus.petition.service.PetitionAdminService;
import org.chorus.petition.service.PetitionCatalog;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** All petitions, for campaign staff: the list, and a new draft. */
@Path("/api/petitions")
@RolesAllowed(Roles.CAMPAIGNER)
@Produces(MediaType.APPLICATION_JSON)
public class PetitionCatalogResource {

    private final PetitionAdminService petitions;
    private final PetitionCatalog catalog;

    public PetitionCatalogResource(PetitionAdminService petitions, PetitionCatalog catalog) {
        this.petitions = petitions;
        this.catalog = catalog;
    }

    /** Newest first, drafts included. */
    /** Every staff role reads the petitions (no personal data): an approver reads what they approve letters for. */
    @GET
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
    @Operation(summary = "List petitions", description = "Every petition, newest first, drafts included, with its "
            + "counts.")
    @APIResponse(responseCode = "401", description = "No valid bearer token of Keycloak realm chorus.")
    @APIResponseSchema(value = PetitionListItem[].class, responseCode = "200", responseDescription = "The petitions.")
    public List<PetitionListItem> list() {
        return catalog.all();
    }

    /** The new petition is a DRAFT: nobody can sign it before it is published. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a petition", description = "A new DRAFT: nobody can sign it before it is published.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "petition", value = ApiExamples.PETITION_REQUEST)))
    @APIResponseSchema(value = StaffPetitionView.class, responseCode = "201",
            responseDescription = "Created, as a draft; Location names it.")
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public Response create(@NotNull @Valid PetitionRequest request) {
        StaffPetitionView created = petitions.create(request);
        return Response.created(URI.create("/api/petitions/" + created.slug())).entity(created).build();
    }
}
