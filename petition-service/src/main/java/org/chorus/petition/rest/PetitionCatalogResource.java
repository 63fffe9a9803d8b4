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
    public List<PetitionListItem> list() {
        return catalog.all();
    }

    /** The new petition is a DRAFT: nobody can sign it before it is published. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid PetitionRequest request) {
        StaffPetitionView created = petitions.create(request);
        return Response.created(URI.create("/api/petitions/" + created.slug())).entity(created).build();
    }
}
