package org.chorus.petition.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chorus.petition.rest.dto.InvalidationRequest;
import org.chorus.petition.rest.dto.LookupRequest;
import org.chorus.petition.rest.dto.PetitionRequest;
import org.chorus.petition.rest.dto.PetitionStats;
import org.chorus.petition.rest.dto.SensitiveStatesRequest;
import org.chorus.petition.rest.dto.SignerListQuery;
import org.chorus.petition.rest.dto.SignerPage;
import org.chorus.petition.rest.dto.StaffPetitionView;
import org.chorus.petition.rest.dto.StaffSignatureView;
import org.chorus.petition.rest.dto.WithdrawnView;
import org.chorus.petition.service.InvalidationService;
import org.chorus.petition.service.PetitionAdminService;
import org.chorus.petition.service.PetitionStatistics;
import org.chorus.petition.service.SignerExport;
import org.chorus.petition.service.StaffSignatures;
import org.chorus.petition.service.WithdrawalService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * What campaign staff do with one petition: edit the draft, open and close signing, read the signers. Same path as
 * the public PetitionResource, so that both serve /api/petitions/{slug}; every method here needs a campaigner's
 * token, but the numbers (stats), which every staff role may read. Each one that changes or reveals something is
 * recorded in the audit trail by the service it calls.
 */
@Path("/api/petitions/{slug}")
@RolesAllowed(Roles.CAMPAIGNER)
@Produces(MediaType.APPLICATION_JSON)
public class PetitionAdminResource {

    static final String CSV = "text/csv";
    /** Signer lists hold personal data: no cache on the way may keep a copy. */
    private static final String NO_STORE = "no-store";

    private final PetitionAdminService petitions;
    private final SignerExport signers;
    private final InvalidationService invalidation;
    private final PetitionStatistics statistics;
    private final StaffSignatures signatures;
    private final WithdrawalService withdrawal;

    public PetitionAdminResource(PetitionAdminService petitions, SignerExport signers,
            InvalidationService invalidation, PetitionStatistics statistics, StaffSignatures signatures,
            WithdrawalService withdrawal) {
        this.petitions = petitions;
        this.signers = signers;
        this.invalidation = invalidation;
        this.statistics = statistics;
        this.signatures = signatures;
        this.withdrawal = withdrawal;
    }

    @GET
    @Path("/definition")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
    @Operation(summary = "Read a petition as staff edit it", description = "Every language's texts, goal, schedule, "
            + "sensitive states and the version to send back with a change.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponseSchema(value = StaffPetitionView.class, responseCode = "200", responseDescription = "The petition.")
    public StaffPetitionView definition(@PathParam("slug") String slug) {
        return petitions.definition(slug);
    }

    /** The live dashboard's numbers: counts only, no signer in them, so every staff role may read them. */
    @GET
    @Path("/stats")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
    @Operation(summary = "Read a petition's numbers", description = "The dashboard's counts: totals, confirmation "
            + "rate, per hour and day, by country, partner and source. No signer in them.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponseSchema(value = PetitionStats.class, responseCode = "200", responseDescription = "Its numbers.")
    public PetitionStats stats(@PathParam("slug") String slug) {
        return statistics.stats(slug);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft petition", description = "Replaces the draft with the body, if it is still "
            + "at the version the body names.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "petition", value = ApiExamples.PETITION_REQUEST)))
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponse(responseCode = "409", description = "The petition is no longer a draft, or was changed meanwhile "
            + "(stale version).")
    @APIResponseSchema(value = StaffPetitionView.class, responseCode = "200",
            responseDescription = "The changed draft.")
    public StaffPetitionView update(@PathParam("slug") String slug,
            @NotNull @Valid @ConvertGroup(to = PetitionRequest.Edit.class) PetitionRequest request) {
        return petitions.update(slug, request);
    }

    @POST
    @Path("/publish")
    @Operation(summary = "Publish a petition", description = "Opens it for signing and publishes petition.published.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponse(responseCode = "409", description = "Not possible in its state.")
    @APIResponseSchema(value = StaffPetitionView.class, responseCode = "200",
            responseDescription = "The petition, OPEN.")
    public StaffPetitionView publish(@PathParam("slug") String slug) {
        return petitions.publish(slug);
    }

    /** Names more sensitive states, whatever the petition's state (only a draft's may also be taken back, by PUT). */
    @POST
    @Path("/sensitive-states")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name more sensitive states", description = "States whose governments never get a signer's "
            + "name, added whatever the petition's state.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "states", value = ApiExamples.SENSITIVE_STATES)))
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponseSchema(value = StaffPetitionView.class, responseCode = "200",
            responseDescription = "The petition with its sensitive states.")
    public StaffPetitionView accuse(@PathParam("slug") String slug, @NotNull @Valid SensitiveStatesRequest request) {
        return petitions.accuse(slug, request.add());
    }

    @POST
    @Path("/close")
    @Operation(summary = "Close a petition", description = "Stops signing and publishes petition.closed.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponse(responseCode = "409", description = "Not possible in its state.")
    @APIResponseSchema(value = StaffPetitionView.class, responseCode = "200",
            responseDescription = "The petition, CLOSED.")
    public StaffPetitionView close(@PathParam("slug") String slug) {
        return petitions.close(slug);
    }

    @GET
    @Path("/signatures")
    @Operation(summary = "List a petition's signers", description = "A page of signers, filtered by status; personal "
            + "data, so never cached on the way.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponseSchema(value = SignerPage.class, responseCode = "200", responseDescription = "A page of signers.")
    public Response signers(@PathParam("slug") String slug, @Valid @BeanParam SignerListQuery query) {
        SignerPage page = signers.page(slug, query.status, query.pageNumber());
        return Response.ok(page).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** Takes a flood of fraudulent signatures out of the counts: {@code {"invalidated": n}}. */
    @POST
    @Path("/signatures/invalidate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invalidate a flood of signatures", description = "Takes the signatures that match (email "
            + "domain, client network, time window) out of the counts for good; each one publishes "
            + "signature.invalidated.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "filter", value = ApiExamples.INVALIDATION)))
    @APIResponse(responseCode = "200", description = "How many were invalidated.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Map.class),
            examples = @ExampleObject(name = "invalidated", value = ApiExamples.INVALIDATED)))
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    public Map<String, Integer> invalidate(@PathParam("slug") String slug, @NotNull @Valid InvalidationRequest request) {
        return Map.of("invalidated", invalidation.invalidate(slug, request));
    }

    /** How many signatures {@code /signatures/invalidate} with this body would hit now: {@code {"wouldInvalidate": n}}. */
    @POST
    @Path("/signatures/invalidate/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count what an invalidation would hit", description = "How many signatures the same body "
            + "would invalidate now; nothing changes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "filter", value = ApiExamples.INVALIDATION)))
    @APIResponse(responseCode = "200", description = "How many would be invalidated.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Map.class),
            examples = @ExampleObject(name = "count", value = ApiExamples.WOULD_INVALIDATE)))
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    public Map<String, Long> previewInvalidation(@PathParam("slug") String slug,
            @NotNull @Valid InvalidationRequest request) {
        return Map.of("wouldInvalidate", invalidation.preview(slug, request));
    }

    /** One signature, found by its signer's exact address (POST: the address stays out of URLs and access logs). */
    @POST
    @Path("/signatures/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find a signature by its address", description = "One signature, found by its signer's "
            + "exact email address (in the body, so that it stays out of URLs and logs).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "address", value = ApiExamples.LOOKUP)))
    @APIResponse(responseCode = "404", description = "No such petition, or no signature with this address.")
    @APIResponseSchema(value = StaffSignatureView.class, responseCode = "200", responseDescription = "The signature.")
    public Response lookUp(@PathParam("slug") String slug, @NotNull @Valid LookupRequest request) {
        StaffSignatureView found = signatures.lookUp(slug, request.email());
        return Response.ok(found).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** The signer's own withdrawal, done by staff at the signer's request; the answer is the signer's link's. */
    @POST
    @Path("/signatures/{id}/withdraw")
    @Operation(summary = "Withdraw a signature for its signer", description = "Done by staff at the signer's "
            + "request; the same effect and answer as the signer's own link.")
    @APIResponse(responseCode = "404", description = "No such petition or signature.")
    @APIResponseSchema(value = WithdrawnView.class, responseCode = "200", responseDescription = "Withdrawn.")
    public WithdrawnView withdraw(@PathParam("slug") String slug, @PathParam("id") String id) {
        return WithdrawnView.of(withdrawal.withdrawOnBehalf(slug, id));
    }

    /** Every signer (the status filter applies, pages do not), streamed as it is read. */
    @GET
    @Path("/signatures")
    @Produces(CSV)
    @Operation(summary = "Export a petition's signers", description = "Every signer as CSV (Accept: text/csv), the "
            + "status filter applied, streamed.")
    @APIResponse(responseCode = "404", description = "No petition has this slug.")
    @APIResponse(responseCode = "200", description = "The signers, one line each.", content = @Content(mediaType = CSV))
    public Response signersCsv(@PathParam("slug") String slug, @Valid @BeanParam SignerListQuery query) {
        return Response.ok(signers.csv(slug, query.status), CSV + "; charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-signers.csv\"")
                .build();
    }
}
