package org.chorus.letter.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.chorus.letter.rest.dto.TemplateRequest;
import org.chorus.letter.service.LetterTemplates;

/** A petition's letter template in one language (API.md); what it can print is documented on TemplateRequest. */
@Path("/api/letters/templates/{petitionSlug}/{locale}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CAMPAIGNER)
public class TemplateResource {

    private final LetterTemplates templates;

    public TemplateResource(LetterTemplates templates) {
        this.templates = templates;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateRequest.View put(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale,
            @Valid @NotNull TemplateRequest request, @Context SecurityContext security) {
        return templates.put(slug, locale, request, security.getUserPrincipal().getName());
    }

    @GET
    public TemplateRequest.View get(@PathParam("petitionSlug") String slug, @PathParam("locale") String locale) {
        return templates.get(slug, locale);
    }
}
