package org.chorus.petition.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.rest.dto.PartnerQuery;
import org.chorus.petition.rest.dto.PartnerSignerPage;
import org.chorus.petition.rest.dto.PartnerTally;
import org.chorus.petition.service.PartnerData;
import org.chorus.petition.service.PartnerRegistry;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The partner API (API.md): a partner organization's service account reads the counts and the contactable signers
 * of what came through it. Which partner that is comes from its token alone, never from a parameter. Its operations
 * alone make the partner document (profile {@code partner}: {@code quarkus.smallrye-openapi.partner.*}), which the
 * gateway publishes at /api/partner/openapi.
 */
@Path("/api/partner")
@RolesAllowed(Roles.PARTNER)
@Extension(name = "x-smallrye-profile-partner", value = "")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerApiResource {

    private static final String CSV = PetitionAdminResource.CSV;
    private static final String NO_STORE = "no-store";

    private final PartnerRegistry registry;
    private final PartnerData data;
    private final JsonWebToken token;

    public PartnerApiResource(PartnerRegistry registry, PartnerData data, JsonWebToken token) {
        this.registry = registry;
        this.data = data;
        this.token = token;
    }

    @GET
    @Path("/tally")
    @Operation(summary = "Count a partner's signatures", description = "The confirmed signatures of a petition that "
            + "came through the calling partner, in total and by country. The partner is the one the token was "
            + "issued to.")
    @APIResponse(responseCode = "200", description = "The partner's tally.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerTally.class),
            examples = @ExampleObject(name = "tally", value = ApiExamples.PARTNER_TALLY)))
    @APIResponse(responseCode = "403", description = "The token is not a registered partner's.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    public PartnerTally tally(@Valid @BeanParam PartnerQuery query) {
        return data.tally(caller(), query.petition);
    }

    @GET
    @Path("/signatures")
    @Operation(summary = "List a partner's contactable signers", description = "A page of the confirmed signers of a "
            + "petition who came through the calling partner and agreed to be contacted by it.")
    @APIResponse(responseCode = "200", description = "A page of signers.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerSignerPage.class),
            examples = @ExampleObject(name = "signers", value = ApiExamples.PARTNER_SIGNERS)))
    @APIResponse(responseCode = "403", description = "The token is not a registered partner's.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    public Response signatures(@Valid @BeanParam PartnerQuery query) {
        return Response.ok(data.page(caller(), query.petition, query.pageNumber(), query.pageSize()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** Every contactable signer (pages do not apply), streamed as it is read. */
    @GET
    @Path("/signatures")
    @Produces(CSV)
    @Operation(summary = "Export a partner's contactable signers", description = "All of them as CSV (Accept: "
            + "text/csv), streamed; the page parameters do not apply.")
    @APIResponse(responseCode = "403", description = "The token is not a registered partner's.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponse(responseCode = "200", description = "The signers, one line each.", content = @Content(mediaType = CSV))
    public Response signaturesCsv(@Valid @BeanParam PartnerQuery query) {
        String partner = caller();
        return Response.ok(data.csv(partner, query.petition), CSV + "; charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("Content-Disposition",
                        "attachment; filename=\"" + query.petition + "-" + partner + "-signers.csv\"")
                .build();
    }

    /**
     * Keycloak names the client a token was issued to in {@code azp}; client-credentials tokens also carry it as
     * {@code client_id} (older Keycloak: {@code clientId}).
     */
    private String caller() {
        String clientId = claim("azp");
        if (clientId == null) {
            clientId = claim("client_id");
        }
        if (clientId == null) {
            clientId = claim("clientId");
        }
        return registry.callerPartner(claim("partner"), clientId);
    }

    /** A claim that is not text (a mapper set up wrongly) names nobody. */
    private String claim(String name) {
        return token.getClaim(name) instanceof String value ? value : null;
    }
}
