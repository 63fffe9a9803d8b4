package org.chorus.letter.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chorus.letter.batch.BatchApproval;
import org.chorus.letter.batch.BatchCreation;
import org.chorus.letter.batch.BatchDispatch;
import org.chorus.letter.batch.BatchQueries;
import org.chorus.letter.batch.Letter;
import org.chorus.letter.batch.LetterReplies;
import org.chorus.letter.batch.PdfPendingException;
import org.chorus.letter.batch.Receipts;
import org.chorus.letter.batch.RecipientsRefresh;
import org.chorus.letter.pdf.LetterPdfs;
import org.chorus.letter.rest.dto.BatchListQuery;
import org.chorus.letter.rest.dto.BatchPage;
import org.chorus.letter.rest.dto.BatchRequest;
import org.chorus.letter.rest.dto.BatchView;
import org.chorus.letter.rest.dto.ReplyRequest;
import org.chorus.letter.service.UnknownEntryException;

/** Delivery batches (API.md): created by a campaigner, approved by another person with role approver. */
@Path("/api/letters/batches")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    private static final String PDF = "application/pdf";

    private final BatchCreation creation;
    private final BatchApproval approval;
    private final BatchQueries queries;
    private final BatchDispatch dispatch;
    private final Receipts receipts;
    private final LetterReplies replies;
    private final LetterPdfs pdfs;
    private final RecipientsRefresh refresh;

    public BatchResource(BatchCreation creation, BatchApproval approval, BatchQueries queries, BatchDispatch dispatch,
            Receipts receipts, LetterReplies replies, LetterPdfs pdfs, RecipientsRefresh refresh) {
        this.refresh = refresh;
        this.pdfs = pdfs;
        this.receipts = receipts;
        this.replies = replies;
        this.creation = creation;
        this.approval = approval;
        this.queries = queries;
        this.dispatch = dispatch;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CAMPAIGNER)
    public Response create(@Valid @NotNull BatchRequest request, @Context SecurityContext security) {
        BatchView batch = creation.create(request, security.getUserPrincipal().getName());
        return Response.status(201).entity(batch).header("Location", "/api/letters/batches/" + batch.id()).build();
    }

    /** {@code ?status=AWAITING_APPROVAL} is what waits for an approver. */
    @GET
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    public BatchPage list(@Valid @BeanParam BatchListQuery query) {
        return queries.list(query.status, query.petition, query.pageNumber(), query.pageSize());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    public BatchView get(@PathParam("id") String id) {
        return queries.get(id(id, "There is no batch with this id."));
    }

    /** The letter as it will be sent, as HTML. */
    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    public Response letter(@PathParam("id") String id, @PathParam("letterId") String letterId) {
        Letter letter = queries.letter(id(id, "There is no batch with this id."),
                id(letterId, "This batch has no letter with this id."));
        return Response.ok(letter.html).header("Content-Language", letter.locale)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }

    /** The same letter as the PDF that is attached to its emails (409 with Retry-After while it is printed). */
    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces(PDF)
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    public Response letterPdf(@PathParam("id") String id, @PathParam("letterId") String letterId) {
        Letter letter = queries.letter(id(id, "There is no batch with this id."),
                id(letterId, "This batch has no letter with this id."));
        LetterPdfs.StoredPdf pdf = pdfs.of(letter.id).orElseThrow(() -> new PdfPendingException(
                "The PDF of this letter is not printed yet: ask again in a few seconds."));
        return Response.ok(pdf.bytes(), PDF).header("Content-Language", letter.locale)
                .header("Content-Disposition", "inline; filename=\"" + BatchQueries.pdfName(letter) + "\"")
                .build();
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.APPROVER)
    public BatchView approve(@PathParam("id") String id, @Context SecurityContext security) {
        return approval.approve(id(id, "There is no batch with this id."), security.getUserPrincipal().getName());
    }

    /**
     * Takes the directory's contacts of now into a batch not yet dispatched (409 after). If any letter's changed, the
     * batch needs approving again, by someone other than its creator and the caller.
     */
    @POST
    @Path("/{id}/recipients/refresh")
    @RolesAllowed(Roles.CAMPAIGNER)
    public BatchView refreshRecipients(@PathParam("id") String id, @Context SecurityContext security) {
        return refresh.refresh(id(id, "There is no batch with this id."), security.getUserPrincipal().getName());
    }

    /**
     * Public: a signer's receipt for a batch that counted their signature (the link is in their "delivered" email),
     * to check against the root and count the letters print. 404 for a signature the batch did not count.
     */
    @GET
    @Path("/{id}/receipts/{signatureId}")
    @PermitAll
    public Receipts.View receipt(@PathParam("id") String id, @PathParam("signatureId") String signatureId) {
        return receipts.receipt(id(id, "There is no batch with this id."),
                id(signatureId, "This batch did not count this signature."));
    }

    /** An acknowledgement or reply from the target of a dispatched letter (409 before dispatch). */
    @POST
    @Path("/{id}/letters/{letterId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CAMPAIGNER)
    public Response recordReply(@PathParam("id") String id, @PathParam("letterId") String letterId,
            @Valid @NotNull ReplyRequest request, @Context SecurityContext security) {
        return Response.status(201).entity(replies.record(id(id, "There is no batch with this id."),
                id(letterId, "This batch has no letter with this id."), request,
                security.getUserPrincipal().getName())).build();
    }

    @GET
    @Path("/{id}/letters/{letterId}/replies")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    public List<ReplyRequest.View> replies(@PathParam("id") String id, @PathParam("letterId") String letterId) {
        return replies.of(id(id, "There is no batch with this id."), id(letterId, "This batch has no letter with this id."));
    }

    /** Only once approved (409 otherwise), only once: letters go out by email and their status follows. */
    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed(Roles.CAMPAIGNER)
    public BatchView dispatch(@PathParam("id") String id, @Context SecurityContext security) {
        return dispatch.dispatch(id(id, "There is no batch with this id."), security.getUserPrincipal().getName());
    }

    /** A malformed id names nothing: the same 404 as an unknown one. */
    private static UUID id(String value, String unknown) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new UnknownEntryException(unknown);
        }
    }
}
