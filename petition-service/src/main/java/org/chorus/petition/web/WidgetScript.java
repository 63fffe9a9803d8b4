package org.chorus.petition.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** The script partners load on their pages (resources/web/widget.js); it frames GET /embed/{slug}. */
@Path("/widget.js")
public class WidgetScript {

    private static final ScriptFile WIDGET = ScriptFile.load("web/widget.js");

    @GET
    @Produces(ScriptFile.JAVASCRIPT)
    public Response widget(@Context Request request) {
        return WIDGET.answer(request);
    }
}
