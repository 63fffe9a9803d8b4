package org.chorus.petition.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.WithdrawalService;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The withdraw link of every email: opening it withdraws nothing, only its button's POST does. */
@Path("/withdraw")
@Produces(MediaType.TEXT_HTML)
public class WithdrawalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance withdraw(String token);

        static native TemplateInstance withdrawn(boolean ok);
    }

    private final WithdrawalService withdrawal;

    public WithdrawalPages(WithdrawalService withdrawal) {
        this.withdrawal = withdrawal;
    }

    @GET
    public Response page(@QueryParam("token") String token) {
        return page(200, Templates.withdraw(token == null ? "" : token));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestForm String token) {
        try {
            withdrawal.withdraw(token == null ? "" : token);
            return page(200, Templates.withdrawn(true));
        } catch (InvalidTokenException e) {
            return page(400, Templates.withdrawn(false));
        }
    }

    private static Response page(int status, TemplateInstance body) {
        return Response.status(status).entity(body)
                .header("Content-Security-Policy", PublicPages.CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
