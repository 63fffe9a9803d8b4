package org.chorus.console.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.console.api.ApiAnswer;
import org.chorus.console.api.Service;
import org.chorus.console.api.StaffApi;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The first page after sign-in: what waits for this person. */
@Path("/")
@Blocking
public class HomePage {

    private final Template home;
    private final StaffApi api;

    HomePage(@Location("home.html") Template home, StaffApi api) {
        this.home = home;
        this.api = api;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        ApiAnswer awaiting = api.get(Service.LETTER, "/api/letters/batches?status=AWAITING_APPROVAL&size=1");
        ApiAnswer petitions = api.get(Service.PETITION, "/api/petitions");
        return home.data("awaiting", awaiting.ok() ? awaiting.map().get("total") : null)
                .data("petitions", petitions.list());
    }
}
