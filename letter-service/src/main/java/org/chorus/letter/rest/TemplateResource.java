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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

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
    @Operation(summary = "Save a letter template", description = "The petition's letter in one language; a changed "
            + "text needs a person's review again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "template", value = ApiExamples.TEMPLATE)))
    @APIResponseSchema(value = TemplateRequest.View.class, responseCode = "200", responseDescription = "The template.")
    @APIResponse(responseCode = "400", description = "The template does not render (the problem names the field and "
            + "line).")
    @APIResponse(responseCode = "404", description = "letter-service knows no such petition.")
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
    @Operation(summary = "Preview the saved template", description = "Rendered for one target with the signatures "
            + "confirmed until now, as a batch created now would write it; HTML, or JSON with the names it prints. "
            + "Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The letter (or its HTML, for Accept: text/html).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LetterPreviewView.class)))
    @APIResponse(responseCode = "400", description = "The target is unknown.")
    @APIResponse(responseCode = "404", description = "No such petition or template.")
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
    @Operation(summary = "Preview an unsaved template", description = "The editor's draft rendered as the saved one "
            + "would be; nothing is stored.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "template", value = ApiExamples.TEMPLATE)))
    @APIResponse(responseCode = "200", description = "The letter (or its HTML, for Accept: text/html).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LetterPreviewView.class)))
    @APIResponse(responseCode = "400", description = "The draft does not render (the problem names the field and "
            + "line), or the target is unknown.")
    @APIResponse(responseCode = "404", description = "letter-service knows no such petition.")
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
    @Operation(summary = "Read a letter template", description = "The text of one language, with who saved and who "
            + "reviewed it.")
    @APIResponseSchema(value = TemplateRequest.View.class, responseCode = "200", responseDescription = "The template.")
    @APIResponse(responseCode = "404", description = "No such petition or template.")
    public TemplateRequest.View get(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale) {
        return templates.get(slug, locale);
    }

    /** A person vouches for the text they read in this language (LetterTemplates says when a review lapses). */
    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review a letter template", description = "A person vouches for the text they read in this "
            + "language, named by its hash.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = ApiExamples.REVIEW)))
    @APIResponseSchema(value = TemplateRequest.View.class, responseCode = "200",
            responseDescription = "The template, reviewed.")
    @APIResponse(responseCode = "404", description = "No such petition or template.")
    @APIResponse(responseCode = "409", description = "The text changed since it was read.")
    public TemplateRequest.View review(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale,
            @Valid @NotNull TemplateReview review, @Context SecurityContext security) {
        return templates.review(slug, locale, review, security.getUserPrincipal().getName());
    }
}
