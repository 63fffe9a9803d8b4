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
    public StaffPetitionView definition(@PathParam("slug") String slug) {
        return petitions.definition(slug);
    }

    /** The live dashboard's numbers: counts only, no signer in them, so every staff role may read them. */
    @GET
    @Path("/stats")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER, Roles.ADMIN })
    public PetitionStats stats(@PathParam("slug") String slug) {
        return statistics.stats(slug);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffPetitionView update(@PathParam("slug") String slug,
            @NotNull @Valid @ConvertGroup(to = PetitionRequest.Edit.class) PetitionRequest request) {
        return petitions.update(slug, request);
    }

    @POST
    @Path("/publish")
    public StaffPetitionView publish(@PathParam("slug") String slug) {
        return petitions.publish(slug);
    }

    /** Names more sensitive states, whatever the petition's state (only a draft's may also be taken back, by PUT). */
    @POST
    @Path("/sensitive-states")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffPetitionView accuse(@PathParam("slug") String slug, @NotNull @Valid SensitiveStatesRequest request) {
        return petitions.accuse(slug, request.add());
    }

    @POST
    @Path("/close")
    public StaffPetitionView close(@PathParam("slug") String slug) {
        return petitions.close(slug);
    }

    @GET
    @Path("/signatures")
    public Response signers(@PathParam("slug") String slug, @Valid @BeanParam SignerListQuery query) {
        SignerPage page = signers.page(slug, query.status, query.pageNumber());
        return Response.ok(page).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** Takes a flood of fraudulent signatures out of the counts: {@code {"invalidated": n}}. */
    @POST
    @Path("/signatures/invalidate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> invalidate(@PathParam("slug") String slug, @NotNull @Valid InvalidationRequest request) {
        return Map.of("invalidated", invalidation.invalidate(slug, request));
    }

    /** How many signatures {@code /signatures/invalidate} with this body would hit now: {@code {"wouldInvalidate": n}}. */
    @POST
    @Path("/signatures/invalidate/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Long> previewInvalidation(@PathParam("slug") String slug,
            @NotNull @Valid InvalidationRequest request) {
        return Map.of("wouldInvalidate", invalidation.preview(slug, request));
    }

    /** One signature, found by its signer's exact address (POST: the address stays out of URLs and access logs). */
    @POST
    @Path("/signatures/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lookUp(@PathParam("slug") String slug, @NotNull @Valid LookupRequest request) {
        StaffSignatureView found = signatures.lookUp(slug, request.email());
        return Response.ok(found).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** The signer's own withdrawal, done by staff at the signer's request; the answer is the signer's link's. */
    @POST
    @Path("/signatures/{id}/withdraw")
    public WithdrawnView withdraw(@PathParam("slug") String slug, @PathParam("id") String id) {
        return WithdrawnView.of(withdrawal.withdrawOnBehalf(slug, id));
    }

    /** Every signer (the status filter applies, pages do not), streamed as it is read. */
    @GET
    @Path("/signatures")
    @Produces(CSV)
    public Response signersCsv(@PathParam("slug") String slug, @Valid @BeanParam SignerListQuery query) {
        return Response.ok(signers.csv(slug, query.status), CSV + "; charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-signers.csv\"")
                .build();
    }
}
