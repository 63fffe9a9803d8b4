package org.chorus.petition.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The embedded form's own files: embed.js (resources/web/embed.js) and the stylesheet of a partner's accent colour.
 * Under /embed, so that the gateway's route for the embed pages serves them too.
 */
@Path("/embed/assets")
public class EmbedAssets {

    /** A stylesheet's content is fixed by its colour, which is in its URL. */
    private static final int ACCENT_MAX_AGE_SECONDS = 86400;

    private static final ScriptFile EMBED = ScriptFile.load("web/embed.js");

    @GET
    @Path("embed.js")
    @Produces(ScriptFile.JAVASCRIPT)
    @Operation(summary = "Load the embed page's script", description = "The script of the embedded sign form, cached "
            + "by ETag.")
    @APIResponse(responseCode = "406", description = "The Accept header excludes JavaScript.")
    @APIResponse(responseCode = "200", description = "The script (304 when the ETag matches).",
            content = @Content(mediaType = ScriptFile.JAVASCRIPT))
    public Response embed(@Context Request request) {
        return EMBED.answer(request);
    }

    /** The button in a partner's colour (Accent); the embed page links it only with a colour it checked. */
    @GET
    @Path("accent.css")
    @Produces("text/css;charset=UTF-8")
    @Operation(summary = "Load the embed page's colours", description = "A stylesheet in the partner's accent "
            + "colour.")
    @APIResponse(responseCode = "400", description = "The colour is not a hex colour.")
    @APIResponse(responseCode = "200", description = "The stylesheet.",
            content = @Content(mediaType = "text/css;charset=UTF-8"))
    public Response accent(
            @QueryParam("c") @NotNull @Pattern(regexp = "[0-9a-f]{6}", message = "must be six hex digits") String c) {
        return Response.ok(new Accent(c).stylesheet()).cacheControl(ScriptFile.cacheFor(ACCENT_MAX_AGE_SECONDS))
                .build();
    }
}
