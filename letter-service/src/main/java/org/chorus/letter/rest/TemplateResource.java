package org.chorus.letter.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chorus.letter.batch.LetterPreview;
import org.chorus.letter.rest.dto.LetterPreviewView;
import org.chorus.letter.rest.dto.TemplateRequest;
import org.chorus.letter.rest.dto.TemplateReview;
import org.chorus.letter.service.LetterTemplates;

/** A petition's letter template in one language (API.md); what it can print is documented on TemplateRequest. */
@Path("/api/letters/templates/{petitionSlug}/{locale}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CAMPAIGNER)
public class TemplateResource {

    private final LetterTemplates templates;
    private final LetterPreview preview;

    public TemplateResource(LetterTemplates templates, LetterPreview preview) {
        this.templates = templates;
        this.preview = preview;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateRequest.View put(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale,
            @Valid @NotNull TemplateRequest request, @Context SecurityContext security) {
        return templates.put(slug, locale, request, security.getUserPrincipal().getName());
    }

    /**
     * The template rendered for one target with the signatures confirmed until now, as a batch created now would
     * write the letter; nothing is stored. The letter's HTML as a page (what a browser or a plain curl gets), or as
     * JSON when that is asked for: its subject, its HTML, and {@code names}, which names it prints and how many are
     * withheld for which reason (NamesView).
     */
    @GET
    @Path("/preview")
    @Produces({ MediaType.TEXT_HTML + ";charset=UTF-8", MediaType.APPLICATION_JSON })
    public Response preview(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale,
            @QueryParam("target") String target, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return previewResponse(preview.preview(slug, locale, target), locale, accept);
    }

    /**
     * A text that is not saved, such as the editor's draft, rendered for one target the way the GET renders the
     * saved one, answered the same way; nothing is stored. A template error is a 400 with the field and its line.
     */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.TEXT_HTML + ";charset=UTF-8", MediaType.APPLICATION_JSON })
    public Response previewDraft(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale,
            @QueryParam("target") String target, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Valid @NotNull TemplateRequest draft) {
        return previewResponse(preview.previewDraft(slug, locale, target, draft), locale, accept);
    }

    private static Response previewResponse(LetterPreviewView letter, String locale, String accept) {
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(letter, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(letter.html(), MediaType.TEXT_HTML + ";charset=UTF-8").header("Content-Language", locale)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }

    @GET
    public TemplateRequest.View get(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale) {
        return templates.get(slug, locale);
    }

    /** A person vouches for the text they read in this language (LetterTemplates says when a review lapses). */
    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateRequest.View review(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale,
            @Valid @NotNull TemplateReview review, @Context SecurityContext security) {
        return templates.review(slug, locale, review, security.getUserPrincipal().getName());
    }
}
