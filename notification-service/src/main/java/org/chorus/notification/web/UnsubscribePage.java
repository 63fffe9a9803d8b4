package org.chorus.notification.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.notification.crypto.UnsubscribeTokens;
import org.chorus.notification.mail.EmailTemplates;
import org.chorus.notification.service.Suppressions;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The unsubscribe link of every update email. Opening it only shows a button (mail scanners open links, and must
 * unsubscribe nobody); the POST unsubscribes. A mail program's one-click unsubscribe (RFC 8058: a POST of
 * {@code List-Unsubscribe=One-Click} to the {@code List-Unsubscribe} address) is the same POST.
 */
@Path("/unsubscribe")
public class UnsubscribePage {

    private static final String HTML = "text/html;charset=UTF-8";
    /** No script, no inline style, no third-party anything; the stylesheet comes from us; forms post only to us. */
    private static final String CSP = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ask(String lang, String action);

        static native TemplateInstance done(String lang, boolean ok);
    }

    private final UnsubscribeTokens tokens;
    private final Suppressions suppressions;

    public UnsubscribePage(UnsubscribeTokens tokens, Suppressions suppressions) {
        this.tokens = tokens;
        this.suppressions = suppressions;
    }

    @GET
    @Operation(summary = "Show the unsubscribe page", description = "A page with a button that unsubscribes the "
            + "address the link was sent to; opening the link alone changes nothing.")
    @APIResponse(responseCode = "200", description = "The page with its button.", content = @Content(mediaType = HTML))
    @APIResponse(responseCode = "400", description = "The link is unknown (the page says so).")
    public Response ask(@QueryParam("token") String token, @QueryParam("lang") String lang) {
        String locale = EmailTemplates.supported(lang);
        if (tokens.addressHashOf(token).isEmpty()) {
            return page(400, Templates.done(locale, false), locale);
        }
        String action = "/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&lang=" + locale;
        return page(200, Templates.ask(locale, action), locale);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Unsubscribe an address", description = "The button's post (or a mail client's one-click "
            + "unsubscribe): the address gets no more updates.")
    @APIResponse(responseCode = "200", description = "Unsubscribed.", content = @Content(mediaType = HTML))
    @APIResponse(responseCode = "400", description = "The link is unknown (the page says so).")
    public Response unsubscribe(@QueryParam("token") String token, @QueryParam("lang") String lang) {
        String locale = EmailTemplates.supported(lang);
        Optional<byte[]> addressHash = tokens.addressHashOf(token);
        if (addressHash.isEmpty()) {
            return page(400, Templates.done(locale, false), locale);
        }
        suppressions.suppress(addressHash.get(), Suppressions.Reason.UNSUBSCRIBED);
        return page(200, Templates.done(locale, true), locale);
    }

    /** Never stored on the way: the link in it is a capability. */
    private static Response page(int status, TemplateInstance body, String locale) {
        return Response.status(status).entity(body.setLocale(Locale.forLanguageTag(locale)).render()).type(HTML)
                .header("Content-Language", locale)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
