package org.chorus.console.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** Where Keycloak sends a person back after signing out (the only console page without a session). */
@Path("/signed-out")
public class SignedOutPage {

    private final Template page;

    SignedOutPage(@Location("signedOut.html") Template page) {
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return page.instance();
    }
}
