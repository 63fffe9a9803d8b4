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
    public Response confirmPage(@QueryParam("token") String token, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageLang pageLang = PageLang.of(PageLocale.choose(PageLocale.UI_LOCALES, lang, acceptLanguage));
        return page(200, Templates.confirm(pageLang, token == null ? "" : token), pageLang);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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
