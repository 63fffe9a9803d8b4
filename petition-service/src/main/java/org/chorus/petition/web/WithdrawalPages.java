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
    public Response page(@QueryParam("token") String token, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageLang pageLang = PageLang.of(PageLocale.choose(PageLocale.UI_LOCALES, lang, acceptLanguage));
        return HtmlPages.page(200, Templates.withdraw(pageLang, token == null ? "" : token), pageLang);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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
