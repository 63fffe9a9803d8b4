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
    public List<NamesView> names(@PathParam("slug") String slug, @QueryParam("targetGroup") String targetGroup,
            @QueryParam("target") List<String> targets) {
        return preview.names(slug, targetGroup, targets);
    }

    /** A slug the read model has not seen answers zeros (see SignatoryQueries#summary). */
    @GET
    @Path("/summary")
    public SignatorySummary summary(@PathParam("slug") String slug) {
        return queries.summary(slug);
    }
}
