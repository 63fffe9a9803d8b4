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
import org.chorus.petition.SignatureNotConfirmableException;
import org.chorus.petition.rest.dto.SignRequest;
import org.chorus.petition.service.ConfirmationService;
import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.LiveTallies;
import org.chorus.petition.service.PetitionNotFoundException;
import org.chorus.petition.service.PetitionQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The server-rendered pages a signer sees: they work with JavaScript off, load nothing from third parties (the one
 * stylesheet is ours), and confirm only on a POST, so a mail scanner that opens the link confirms nothing. Every
 * page is in the language the link or the browser asks for, among those the petition is written in. The utm_* of a
 * shared link go along with the sign form (CampaignSource), so that the signature is stored with them.
 */
@Path("/")
@Produces(HtmlPages.HTML)
public class PublicPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance petition(PetitionPage page);

        static native TemplateInstance signed(PageLang lang, String title);

        static native TemplateInstance confirm(PageLang lang, String token);

        /** @param gone the signature was withdrawn or invalidated: the link is right, but nothing confirms it */
        static native TemplateInstance confirmed(PageLang lang, boolean ok, boolean gone);

        static native TemplateInstance notFound(PageLang lang);
    }

    private final PetitionQueries queries;
    private final LiveTallies tallies;
    private final FormSigning formSigning;
    private final ConfirmationService confirmation;

    public PublicPages(PetitionQueries queries, LiveTallies tallies, FormSigning formSigning,
            ConfirmationService confirmation) {
        this.queries = queries;
        this.tallies = tallies;
        this.formSigning = formSigning;
        this.confirmation = confirmation;
    }

    @GET
    @Path("p/{slug}")
    @Operation(summary = "Show a petition page", description = "The petition with its sign form, server-rendered in "
            + "the reader's language; signing needs no JavaScript.")
    @APIResponse(responseCode = "404", description = "No published petition has this slug (a page says so).")
    @APIResponse(responseCode = "200", description = "The petition page.",
            content = @Content(mediaType = HtmlPages.HTML))
    public Response petition(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @QueryParam("partner") String partner, @BeanParam CampaignParams.Query campaign,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Petition p = queries.petition(slug);
        PageLang pageLang = PageLang.of(PageLocale.choose(PetitionPage.locales(p), lang, acceptLanguage));
        return petitionPage(200, p, pageLang, SignForm.empty(partner), campaign.source(), FormErrors.none(),
                freshStamp(slug));
    }

    @POST
    @Path("p/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign from the petition page", description = "The form's post: the page again, thanked, or "
            + "with the form's errors.")
    @APIResponse(responseCode = "400", description = "The form has errors (the page shows them).")
    @APIResponse(responseCode = "404", description = "No published petition has this slug.")
    @APIResponse(responseCode = "409", description = "The petition is not open.")
    @APIResponse(responseCode = "429", description = "Too many signatures from this address; Retry-After says when "
            + "to try again.")
    @APIResponse(responseCode = "200", description = "The page, thanked.",
            content = @Content(mediaType = HtmlPages.HTML))
    public Response sign(@PathParam("slug") String slug, @BeanParam SignForm.Posted posted,
            @BeanParam CampaignParams.Form campaign, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpServerRequest http) {
        Petition p = queries.petition(slug);
        PageLang lang = PageLang.of(PageLocale.choose(PetitionPage.locales(p), posted.locale, acceptLanguage));
        SignForm form = posted.form();
        SignRequest.Source source = campaign.source();
        FormSigning.Outcome outcome = formSigning.submit(p, lang, posted, form, source, http);
        if (outcome.signed()) {
            return signedPage(p, lang);
        }
        Response page = petitionPage(outcome.status(), p, lang, form, source, outcome.errors(), outcome.started());
        return outcome.retryAfterSeconds() == null ? page
                : Response.fromResponse(page).header("Retry-After", outcome.retryAfterSeconds()).build();
    }

    @GET
    @Path("confirm")
    @Operation(summary = "Show the confirmation page", description = "A page with a button that confirms; opening "
            + "the link alone (as mail scanners do) confirms nothing.")
    @APIResponse(responseCode = "406", description = "The Accept header excludes HTML.")
    @APIResponse(responseCode = "200", description = "The page with its button.",
            content = @Content(mediaType = HtmlPages.HTML))
    public Response confirmPage(@QueryParam("token") String token, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageLang pageLang = PageLang.of(PageLocale.choose(PageLocale.UI_LOCALES, lang, acceptLanguage));
        return page(200, Templates.confirm(pageLang, token == null ? "" : token), pageLang);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Confirm from the confirmation page", description = "The button's post: confirms the "
            + "signature and says so.")
    @APIResponse(responseCode = "400", description = "The link is unknown or expired, or the signature can no longer "
            + "be confirmed.")
    @APIResponse(responseCode = "200", description = "Confirmed.", content = @Content(mediaType = HtmlPages.HTML))
    public Response confirm(@RestForm String token, @RestForm String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageLang pageLang = PageLang.of(PageLocale.choose(PageLocale.UI_LOCALES, lang, acceptLanguage));
        try {
            confirmation.confirm(token == null ? "" : token);
            return page(200, Templates.confirmed(pageLang, true, false), pageLang);
        } catch (InvalidTokenException e) {
            return page(400, Templates.confirmed(pageLang, false, false), pageLang);
        } catch (SignatureNotConfirmableException e) {
            return page(400, Templates.confirmed(pageLang, false, true), pageLang);
        }
    }

    /**
     * A mistyped or outdated link gets a page in the reader's language rather than the API's problem+json; this
     * mapper serves this class only, the API keeps the global one.
     */
    @ServerExceptionMapper
    public Response unknownPetition(PetitionNotFoundException e, UriInfo uri, HttpHeaders headers) {
        PageLang lang = PageLang.of(PageLocale.choose(PageLocale.UI_LOCALES,
                uri.getQueryParameters().getFirst("lang"), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return page(404, Templates.notFound(lang), lang);
    }

    private Response petitionPage(int status, Petition p, PageLang lang, SignForm form, SignRequest.Source source,
            FormErrors errors, String started) {
        long count = tallies.current(p.id).total();
        return page(status, Templates.petition(PetitionPage.of(p, lang, count, form, source, errors, started)), lang);
    }

    /** A honeypot hit gets this very page too, so a bot cannot tell that nothing was stored. */
    private Response signedPage(Petition p, PageLang lang) {
        return page(200, Templates.signed(lang, p.text(lang.tag()).title()), lang);
    }

    private String freshStamp(String slug) {
        return formSigning.freshStamp(slug);
    }

    private static Response page(int status, TemplateInstance body, PageLang lang) {
        return HtmlPages.page(status, body, lang);
    }
}
