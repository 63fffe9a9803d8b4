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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

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
    @Operation(summary = "List target groups", description = "The groups staff defined (unsc is computed from the "
            + "council terms and not listed).")
    @APIResponseSchema(value = GroupRequest.View[].class, responseCode = "200", responseDescription = "The groups.")
    @APIResponse(responseCode = "401", description = "No valid bearer token of Keycloak realm chorus.")
    public List<GroupRequest.View> all() {
        return groups.all();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a target group", description = "Creates or replaces the group of this slug.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "group", value = ApiExamples.GROUP)))
    @APIResponseSchema(value = GroupRequest.View.class, responseCode = "200", responseDescription = "The group.")
    @APIResponse(responseCode = "400", description = "The slug is malformed, or a member is not a target of the "
            + "directory.")
    @APIResponse(responseCode = "409", description = "unsc is computed from the Council terms.")
    public GroupRequest.View put(@PathParam("slug") String slug, @Valid @NotNull GroupRequest request) {
        return groups.put(slug, request);
    }
}
