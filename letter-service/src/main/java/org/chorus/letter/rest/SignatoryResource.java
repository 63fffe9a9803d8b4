package org.chorus.letter.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.chorus.letter.batch.LetterPreview;
import org.chorus.letter.rest.dto.NamesView;
import org.chorus.letter.rest.dto.SignatorySummary;
import org.chorus.letter.service.SignatoryQueries;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** What campaign staff may know about a petition's confirmed signatories before they build a batch. */
@Path("/api/letters/petitions/{slug}/signatories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CAMPAIGNER)
public class SignatoryResource {

    private final SignatoryQueries queries;
    private final LetterPreview preview;

    public SignatoryResource(SignatoryQueries queries, LetterPreview preview) {
        this.queries = queries;
        this.preview = preview;
    }

    /**
     * For each target (repeat {@code target}, or name a {@code targetGroup}), which names its letter would print if
     * a batch were created now and how many are withheld for which reason: counts only (NamesView). A petition
     * letter-service does not know is a 404, a code that names no target a 400.
     */
    @GET
    @Path("/names")
    @Operation(summary = "Count the names letters would print", description = "For each target (repeat target, or "
            + "name a targetGroup), how many names its letter would print now and how many are withheld, and why. "
            + "Counts only.")
    @APIResponseSchema(value = NamesView[].class, responseCode = "200", responseDescription = "Per target.")
    @APIResponse(responseCode = "400", description = "A code names no target.")
    @APIResponse(responseCode = "404", description = "letter-service knows no such petition.")
    public List<NamesView> names(@PathParam("slug") String slug, @QueryParam("targetGroup") String targetGroup,
            @QueryParam("target") List<String> targets) {
        return preview.names(slug, targetGroup, targets);
    }

    /** A slug the read model has not seen answers zeros (see SignatoryQueries#summary). */
    @GET
    @Path("/summary")
    @Operation(summary = "Count a petition's signatories", description = "The confirmed signatures letter-service "
            + "has, by country, and how many may be named; zeros for a petition it has not seen.")
    @APIResponseSchema(value = SignatorySummary.class, responseCode = "200", responseDescription = "The counts.")
    @APIResponse(responseCode = "401", description = "No valid bearer token of Keycloak realm chorus.")
    public SignatorySummary summary(@PathParam("slug") String slug) {
        return queries.summary(slug);
    }
}
