package org.chorus.petition.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.chorus.petition.Petition;
import org.chorus.petition.service.PetitionNotFoundException;
import org.chorus.petition.service.PetitionQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The sign form that widget.js puts into a partner's page, in an iframe. It works with JavaScript off (a plain form
 * post, like the petition page, sharing its form and checks); its one script only tells the partner's page how tall
 * it is and that someone signed. Only the partner's registered origins may frame it, and a partner slug that is not
 * registered changes nothing but the attribution: the signature is taken without one.
 */
@Path("/embed")
@Produces(HtmlPages.HTML)
public class EmbedPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance embed(EmbedPage page);

        /** @param signedPetition the slug that embed.js announces to the partner's page, or null for none */
        static native TemplateInstance signed(PageLang lang, String title, EmbedContext embed, String signedPetition);

        static native TemplateInstance notFound(PageLang lang, EmbedContext embed);
    }

    private final PetitionQueries queries;
    private final FormSigning formSigning;
    private final EmbedContexts contexts;

    public EmbedPages(PetitionQueries queries, FormSigning formSigning, EmbedContexts contexts) {
        this.queries = queries;
        this.formSigning = formSigning;
        this.contexts = contexts;
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Show the embeddable sign form", description = "The sign form in a partner's iframe, "
            + "attributed to that partner; only the partner's registered origins may frame it.")
    @APIResponse(responseCode = "404", description = "No published petition has this slug.")
    @APIResponse(responseCode = "200", description = "The sign form.", content = @Content(mediaType = HtmlPages.HTML))
    public Response form(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @BeanParam EmbedParams.Query query, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        EmbedContext embed = contexts.of(query.params());
        Petition p = queries.petition(slug);
        PageLang pageLang = PageLang.of(PageLocale.choose(PetitionPage.locales(p), lang, acceptLanguage));
        return formPage(200, p, pageLang, SignForm.empty(embed.partner()), FormErrors.none(),
                formSigning.freshStamp(slug), embed);
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign from the embedded form", description = "The form's post: the form again, thanked, or "
            + "with its errors.")
    @APIResponse(responseCode = "400", description = "The form has errors (the page shows them).")
    @APIResponse(responseCode = "404", description = "No published petition has this slug.")
    @APIResponse(responseCode = "409", description = "The petition is not open.")
    @APIResponse(responseCode = "429", description = "Too many signatures from this address; Retry-After says when "
            + "to try again.")
    @APIResponse(responseCode = "200", description = "The form, thanked.",
            content = @Content(mediaType = HtmlPages.HTML))
    public Response sign(@PathParam("slug") String slug, @BeanParam SignForm.Posted posted,
            @BeanParam EmbedParams.Form hidden, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpServerRequest http) {
        EmbedContext embed = contexts.of(hidden.params(posted.partner));
        Petition p = queries.petition(slug);
        PageLang lang = PageLang.of(PageLocale.choose(PetitionPage.locales(p), posted.locale, acceptLanguage));
        SignForm form = posted.form().attributedTo(embed.partner());
        FormSigning.Outcome outcome = formSigning.submit(p, lang, posted, form, embed.source(), http);
        if (outcome.signed()) {
            String announced = embed.announcesSigning() ? p.slug : null;
            return page(200, Templates.signed(lang, p.text(lang.tag()).title(), embed, announced), lang, embed);
        }
        Response page = formPage(outcome.status(), p, lang, form, outcome.errors(), outcome.started(), embed);
        return outcome.retryAfterSeconds() == null ? page
                : Response.fromResponse(page).header("Retry-After", outcome.retryAfterSeconds()).build();
    }

    /** A mistyped slug in a partner's script tag shows this inside the partner's page, so it may be framed too. */
    @ServerExceptionMapper
    public Response unknownPetition(PetitionNotFoundException e, UriInfo uri, HttpHeaders headers) {
        PageLang lang = PageLang.of(PageLocale.choose(PageLocale.UI_LOCALES,
                uri.getQueryParameters().getFirst("lang"), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        EmbedParams.Query query = new EmbedParams.Query();
        query.partner = uri.getQueryParameters().getFirst("partner");
        EmbedContext embed = contexts.of(query.params());
        return page(404, Templates.notFound(lang, embed), lang, embed);
    }

    private Response formPage(int status, Petition p, PageLang lang, SignForm form, FormErrors errors, String started,
            EmbedContext embed) {
        return page(status, Templates.embed(EmbedPage.of(p, lang, form, errors, started, embed)), lang, embed);
    }

    private static Response page(int status, TemplateInstance body, PageLang lang, EmbedContext embed) {
        return HtmlPages.page(status, body, lang, embed.contentSecurityPolicy());
    }
}
