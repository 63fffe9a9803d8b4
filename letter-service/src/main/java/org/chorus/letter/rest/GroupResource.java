package org.chorus.letter.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.letter.rest.dto.GroupRequest;
import org.chorus.letter.service.TargetGroups;

/** Groups of targets that staff define, such as {@code asean}; {@code unsc} is computed and not listed here. */
@Path("/api/letters/groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CAMPAIGNER)
public class GroupResource {

    private final TargetGroups groups;

    public GroupResource(TargetGroups groups) {
        this.groups = groups;
    }

    @GET
    public List<GroupRequest.View> all() {
        return groups.all();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupRequest.View put(@PathParam("slug") String slug, @Valid @NotNull GroupRequest request) {
        return groups.put(slug, request);
    }
}
