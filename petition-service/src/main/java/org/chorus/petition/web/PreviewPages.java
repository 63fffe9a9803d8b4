package org.chorus.petition.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.Petition;
import org.chorus.petition.rest.Roles;
import org.chorus.petition.service.LiveTallies;
import org.chorus.petition.service.PetitionQueries;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public petition page as staff check it before publishing: the same template in any of the petition's
 * languages, drafts included, under a banner, with a form that cannot sign. It is a staff API (every staff role's,
 * like the definition it shows), so an unknown slug is the API's 404 problem rather than the signer's page; and no
 * search engine may keep it.
 */
@Path("/api/petitions/{slug}/preview")
@RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
@Produces(HtmlPages.HTML)
public class PreviewPages {

    /** The public pages' policy, with nowhere a form may post. */
    static final String CSP = "default-src 'none'; style-src 'self'; form-action 'none'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private final PetitionQueries queries;
    private final LiveTallies tallies;

    public PreviewPages(PetitionQueries queries, LiveTallies tallies) {
        this.queries = queries;
        this.tallies = tallies;
    }

    /** {@code lang} picks among the petition's languages as on the public page. */
    @GET
    @Operation(summary = "Preview a petition page", description = "The public page as it will look, drafts included, "
            + "for staff before publishing; signing is off.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponse(responseCode = "200", description = "The page as it will look.",
            content = @Content(mediaType = HtmlPages.HTML))
    public Response preview(@PathParam("slug") String slug, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Petition p = queries.anyStatus(slug);
        PageLang pageLang = PageLang.of(PageLocale.choose(PetitionPage.locales(p), lang, acceptLanguage));
        PetitionPage page = PetitionPage.preview(p, pageLang, tallies.current(p.id).total());
        Response html = HtmlPages.page(200, PublicPages.Templates.petition(page), pageLang, CSP);
        return Response.fromResponse(html).header("X-Robots-Tag", "noindex").build();
    }
}
