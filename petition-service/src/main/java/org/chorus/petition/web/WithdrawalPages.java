package org.chorus.petition.web;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.service.InvalidTokenException;
import org.chorus.petition.service.SentNames;
import org.chorus.petition.service.WithdrawalService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The withdraw link of every email: opening it withdraws nothing, only its button's POST does. */
@Path("/withdraw")
@Produces(HtmlPages.HTML)
public class WithdrawalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance withdraw(PageLang lang, String token);

        static native TemplateInstance withdrawn(PageLang lang, boolean ok, List<SentNames.Sent> alreadySent);
    }

    private final WithdrawalService withdrawal;

    public WithdrawalPages(WithdrawalService withdrawal) {
        this.withdrawal = withdrawal;
    }

    @GET
    @Operation(summary = "Show the withdrawal page", description = "A page with a button that withdraws the "
            + "signature; opening the link alone withdraws nothing.")
    @APIResponse(responseCode = "406", description = "The Accept header excludes HTML.")
    @APIResponse(responseCode = "200", description = "The page with its button.",
            content = @Content(mediaType = HtmlPages.HTML))
    public Response page(@QueryParam("token") String token, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageLang pageLang = PageLang.of(PageLocale.choose(PageLocale.UI_LOCALES, lang, acceptLanguage));
        return HtmlPages.page(200, Templates.withdraw(pageLang, token == null ? "" : token), pageLang);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Withdraw from the withdrawal page", description = "The button's post: erases the signer's "
            + "data and says which letters already went with the name.")
    @APIResponse(responseCode = "400", description = "The link is unknown.")
    @APIResponse(responseCode = "200", description = "Withdrawn, with the letters that already went.",
            content = @Content(mediaType = HtmlPages.HTML))
    public Response withdraw(@RestForm String token, @RestForm String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageLang pageLang = PageLang.of(PageLocale.choose(PageLocale.UI_LOCALES, lang, acceptLanguage));
        try {
            List<SentNames.Sent> alreadySent = withdrawal.withdraw(token == null ? "" : token).alreadySent();
            return HtmlPages.page(200, Templates.withdrawn(pageLang, true, alreadySent), pageLang);
        } catch (InvalidTokenException e) {
            return HtmlPages.page(400, Templates.withdrawn(pageLang, false, List.of()), pageLang);
        }
    }
}
