package org.chorus.letter.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.letter.rest.dto.TargetRequest;
import org.chorus.letter.rest.dto.TargetView;
import org.chorus.letter.service.InvalidEntryException;
import org.chorus.letter.service.TargetDirectory;
import org.chorus.letter.service.UnknownEntryException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The target directory (API.md): the targets of a group on a date, and the states with their contacts. */
@Path("/api/letters/targets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CAMPAIGNER)
public class TargetResource {

    private final TargetDirectory directory;

    public TargetResource(TargetDirectory directory) {
        this.directory = directory;
    }

    /** {@code group=unsc&on=2026-11-28}: the Security Council on that day (today without {@code on}). */
    @GET
    @Operation(summary = "List the targets of a group", description = "group=unsc and on=YYYY-MM-DD: the Security "
            + "Council on that day (today without on); without group, every state.")
    @APIResponseSchema(value = TargetView[].class, responseCode = "200", responseDescription = "The targets.")
    @APIResponse(responseCode = "400", description = "The date is not YYYY-MM-DD.")
    @APIResponse(responseCode = "404", description = "No group has this name.")
    public List<TargetView> list(@QueryParam("group") String group, @QueryParam("on") String on) {
        return directory.targets(group == null || group.isBlank() ? null : group.trim(), date(on));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a target", description = "One state with its contacts.")
    @APIResponseSchema(value = TargetView.class, responseCode = "200", responseDescription = "The target.")
    @APIResponse(responseCode = "404", description = "No target has this id.")
    public TargetView get(@PathParam("id") String id) {
        return directory.get(id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a target", description = "A state, its language and its contacts.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "target", value = ApiExamples.TARGET)))
    @APIResponseSchema(value = TargetView.class, responseCode = "201",
            responseDescription = "Created; Location names it.")
    @APIResponse(responseCode = "409", description = "A target has this code.")
    public Response create(@Valid @NotNull TargetRequest request) {
        TargetView created = directory.create(request);
        return Response.status(201).entity(created).header("Location", "/api/letters/targets/" + created.id()).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a target", description = "Replaces its name, language and contacts.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "target", value = ApiExamples.TARGET)))
    @APIResponseSchema(value = TargetView.class, responseCode = "200", responseDescription = "The target.")
    @APIResponse(responseCode = "404", description = "No target has this id.")
    @APIResponse(responseCode = "409", description = "Another target has this code.")
    public TargetView update(@PathParam("id") String id, @Valid @NotNull TargetRequest request) {
        return directory.update(id(id), request);
    }

    private static LocalDate date(String on) {
        if (on == null || on.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidEntryException("on", "must be a date as YYYY-MM-DD");
        }
    }

    /** A malformed id names no target: the same 404 as an unknown one. */
    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownEntryException("There is no target with this id.");
        }
    }
}
