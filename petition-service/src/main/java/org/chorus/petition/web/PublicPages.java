package org.chorus.petition.web;

import java.time.Instant;

import jakarta.validation.Validator;
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
import org.chorus.petition.abuse.ClientNetwork;
import org.chorus.petition.abuse.RateLimitedException;
import org.chorus.petition.abuse.SigningLimits;
import org.chorus.petition.rest.ClientAddresses;
import org.chorus.petition.rest.dto.SignRequest;
import org.chorus.petition.service.ConfirmationService;
import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.LiveTallies;
import org.chorus.petition.service.PetitionNotFoundException;
import org.chorus.petition.service.PetitionQueries;
import org.chorus.petition.service.SigningBusyException;
import org.chorus.petition.service.SigningService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * The server-rendered pages a signer sees: they work with JavaScript off, load nothing from third parties (the one
 * stylesheet is ours), and confirm only on a POST, so a mail scanner that opens the link confirms nothing. Every
 * page is in the language the link or the browser asks for, among those the petition is written in.
 */
@Path("/")
@Produces(HtmlPages.HTML)
public class PublicPages {

    /** Named, so that no browser has to guess how to read Burmese. */

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance petition(PetitionPage page);

        static native TemplateInstance signed(PageLang lang, String title);

        static native TemplateInstance confirm(PageLang lang, String token);

        static native TemplateInstance confirmed(PageLang lang, boolean ok);

        static native TemplateInstance notFound(PageLang lang);
    }

    private final PetitionQueries queries;
    private final LiveTallies tallies;
    private final SigningService signing;
    private final ConfirmationService confirmation;
    private final Validator validator;
    private final FormGuard guard;
    private final Messages messages;
    private final SigningLimits limits;
    private final ClientAddresses clients;

    public PublicPages(PetitionQueries queries, LiveTallies tallies, SigningService signing,
            ConfirmationService confirmation, Validator validator, FormGuard guard, Messages messages,
            SigningLimits limits, ClientAddresses clients) {
        this.queries = queries;
        this.tallies = tallies;
        this.signing = signing;
        this.confirmation = confirmation;
        this.validator = validator;
        this.guard = guard;
        this.messages = messages;
        this.limits = limits;
        this.clients = clients;
    }

    @GET
    @Path("p/{slug}")
    public Response petition(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @QueryParam("partner") String partner, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Petition p = queries.petition(slug);
        PageLang pageLang = PageLang.of(PageLocale.choose(PetitionPage.locales(p), lang, acceptLanguage));
        return petitionPage(200, p, pageLang, SignForm.empty(partner), FormErrors.none(), freshStamp(slug));
    }

    @POST
    @Path("p/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("slug") String slug, @BeanParam SignForm.Posted posted,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context HttpServerRequest http) {
        Petition p = queries.petition(slug);
        PageLang lang = PageLang.of(PageLocale.choose(PetitionPage.locales(p), posted.locale, acceptLanguage));
        SignForm form = posted.form();
        if (!p.isOpen()) {
            return petitionPage(409, p, lang, form, FormErrors.none(), freshStamp(slug));
        }
        FormGuard.Verdict verdict = guard.check(slug, posted.website, posted.started, Instant.now());
        if (verdict == FormGuard.Verdict.BOT) {
            return signedPage(p, lang);
        }
        PageMessages msg = messages.in(lang);
        SignRequest request = form.toRequest(lang.tag());
        FormErrors errors = FormErrors.of(validator.validate(request), msg);
        if (verdict == FormGuard.Verdict.RETRY) {
            // a new start time: the signer reads the message, checks the form and sends it again
            return petitionPage(400, p, lang, form, FormErrors.ofForm(msg.sendAgain()).and(errors), freshStamp(slug));
        }
        if (errors.any()) {
            return petitionPage(400, p, lang, form, errors, posted.started);
        }
        String client = clients.of(http);
        try {
            limits.check(client, request.email());
        } catch (RateLimitedException e) {
            return Response.fromResponse(petitionPage(429, p, lang, form, FormErrors.ofForm(msg.tooManyAttempts()),
                    posted.started)).header("Retry-After", e.retryAfterSeconds()).build();
        }
        try {
            signing.sign(slug, request, ClientNetwork.of(client));
        } catch (SigningBusyException e) {
            return Response.fromResponse(petitionPage(503, p, lang, form, FormErrors.ofForm(msg.busy()),
                    posted.started)).header("Retry-After", SigningBusyException.RETRY_AFTER_SECONDS).build();
        }
        return signedPage(p, lang);
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
            return page(200, Templates.confirmed(pageLang, true), pageLang);
        } catch (InvalidTokenException e) {
            return page(400, Templates.confirmed(pageLang, false), pageLang);
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

    private Response petitionPage(int status, Petition p, PageLang lang, SignForm form, FormErrors errors,
            String started) {
        long count = tallies.current(p.id).total();
        return page(status, Templates.petition(PetitionPage.of(p, lang, count, form, errors, started)), lang);
    }

    /** A honeypot hit gets this very page too, so a bot cannot tell that nothing was stored. */
    private Response signedPage(Petition p, PageLang lang) {
        return page(200, Templates.signed(lang, p.text(lang.tag()).title()), lang);
    }

    private String freshStamp(String slug) {
        return guard.stamp(slug, Instant.now());
    }

    private static Response page(int status, TemplateInstance body, PageLang lang) {
        return HtmlPages.page(status, body, lang);
    }
}
