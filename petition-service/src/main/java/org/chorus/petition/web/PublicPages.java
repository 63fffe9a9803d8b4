package org.chorus.petition.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.Petition;
import org.chorus.petition.rest.dto.SignRequest;
import org.chorus.petition.service.ConfirmationService;
import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.PetitionQueries;
import org.chorus.petition.service.SigningService;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The server-rendered pages a signer sees: they work with JavaScript off, load nothing from third parties, and
 * confirm only on a POST, so a mail scanner that opens the link confirms nothing.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    /** No script, no third-party anything; forms post only to us. */
    static final String CSP = "default-src 'none'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance petition(Petition petition, long count, List<String> errors, FormValues form);

        static native TemplateInstance signed(Petition petition);

        static native TemplateInstance confirm(String token);

        static native TemplateInstance confirmed(boolean ok);
    }

    /** What the signer typed, shown again when the form has errors. */
    public record FormValues(String name, String email, String country) {
        static final FormValues EMPTY = new FormValues("", "", "");
    }

    private final PetitionQueries queries;
    private final SigningService signing;
    private final ConfirmationService confirmation;
    private final Validator validator;

    public PublicPages(PetitionQueries queries, SigningService signing, ConfirmationService confirmation,
            Validator validator) {
        this.queries = queries;
        this.signing = signing;
        this.confirmation = confirmation;
        this.validator = validator;
    }

    @GET
    @Path("p/{slug}")
    public Response petition(@PathParam("slug") String slug) {
        Petition p = queries.petition(slug);
        return page(200, Templates.petition(p, queries.tally(slug).total(), List.of(), FormValues.EMPTY));
    }

    @POST
    @Path("p/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("slug") String slug, @RestForm String name, @RestForm String email,
            @RestForm String country, @RestForm String locale, @RestForm boolean processing,
            @RestForm boolean updates, @RestForm boolean nameInLetters) {
        SignRequest request = new SignRequest(name, email, country == null ? null : country.trim().toUpperCase(),
                null, locale, null, null, new SignRequest.Consents(processing, updates, false, nameInLetters));
        Set<ConstraintViolation<SignRequest>> violations = validator.validate(request);
        Petition p = queries.petition(slug);
        if (!violations.isEmpty()) {
            List<String> errors = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .toList();
            return page(400, Templates.petition(p, queries.tally(slug).total(), errors,
                    new FormValues(name, email, country)));
        }
        signing.sign(slug, request);
        return page(200, Templates.signed(p));
    }

    @GET
    @Path("confirm")
    public Response confirmPage(@QueryParam("token") String token) {
        return page(200, Templates.confirm(token == null ? "" : token));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestForm String token) {
        try {
            confirmation.confirm(token == null ? "" : token);
            return page(200, Templates.confirmed(true));
        } catch (InvalidTokenException e) {
            return page(400, Templates.confirmed(false));
        }
    }

    private static Response page(int status, TemplateInstance body) {
        return Response.status(status).entity(body)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
