package org.chorus.letter.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.letter.rest.dto.TemplateRequest;
import org.chorus.letter.service.LetterTemplates;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The languages a petition's letter is written in, each with whether a person reviewed it: the console's list. An
 * approver reads it too, so that a batch's page can tell them which letters are in a translation no person has
 * reviewed before they approve; the texts themselves stay with the campaigners (TemplateResource).
 */
@Path("/api/letters/templates/{petitionSlug}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
public class TemplateListResource {

    private final LetterTemplates templates;

    public TemplateListResource(LetterTemplates templates) {
        this.templates = templates;
    }

    @GET
    @Operation(summary = "List a petition's letter languages", description = "Each language of the petition's "
            + "letter, with whether a person reviewed its text.")
    @APIResponseSchema(value = TemplateRequest.Summary[].class, responseCode = "200",
            responseDescription = "The languages.")
    @APIResponse(responseCode = "401", description = "No valid bearer token of Keycloak realm chorus.")
    public List<TemplateRequest.Summary> list(@PathParam("petitionSlug") String slug) {
        return templates.list(slug);
    }
}
