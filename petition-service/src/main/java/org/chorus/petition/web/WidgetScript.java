package org.chorus.petition.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The script partners load on their pages (resources/web/widget.js); it frames GET /embed/{slug}. */
@Path("/widget.js")
public class WidgetScript {

    private static final ScriptFile WIDGET = ScriptFile.load("web/widget.js");

    @GET
    @Produces(ScriptFile.JAVASCRIPT)
    @Operation(summary = "Load the widget", description = "The script a partner's page includes: it shows the sign "
            + "form in an iframe and sizes it.")
    @APIResponse(responseCode = "406", description = "The Accept header excludes JavaScript.")
    @APIResponse(responseCode = "200", description = "The script (304 when the ETag matches).",
            content = @Content(mediaType = ScriptFile.JAVASCRIPT))
    public Response widget(@Context Request request) {
        return WIDGET.answer(request);
    }
}
