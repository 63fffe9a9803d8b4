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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

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
    @Operation(summary = "Create a delivery batch", description = "Freezes the confirmed signatures up to the "
            + "cut-off and writes one letter per target in its language (HTML, then PDF). It then waits for "
            + "approval by another person.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchView.class),
            examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH)))
    @APIResponse(responseCode = "404", description = "letter-service knows no published petition with this slug.")
    @APIResponse(responseCode = "409", description = "The petition has no letter template in a target's language.")
    public Response create(@Valid @NotNull BatchRequest request, @Context SecurityContext security) {
        BatchView batch = creation.create(request, security.getUserPrincipal().getName());
        return Response.status(201).entity(batch).header("Location", "/api/letters/batches/" + batch.id()).build();
    }

    /** {@code ?status=AWAITING_APPROVAL} is what waits for an approver. */
    @GET
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    @Operation(summary = "List delivery batches", description = "A page of batches, newest first; "
            + "status=AWAITING_APPROVAL lists what waits for an approver.")
    @APIResponseSchema(value = BatchPage.class, responseCode = "200", responseDescription = "A page of batches.")
    @APIResponse(responseCode = "400", description = "A query parameter breaks its rule.")
    public BatchPage list(@Valid @BeanParam BatchListQuery query) {
        return queries.list(query.status, query.petition, query.pageNumber(), query.pageSize());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    @Operation(summary = "Read a delivery batch", description = "The batch with its snapshot, manifest, letters and "
            + "who did what when.")
    @APIResponse(responseCode = "200", description = "The batch.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchView.class),
            examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH)))
    @APIResponse(responseCode = "404", description = "No batch has this id.")
    public BatchView get(@PathParam("id") String id) {
        return queries.get(id(id, "There is no batch with this id."));
    }

    /** The letter as it will be sent, as HTML. */
    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    @Operation(summary = "Read a letter as HTML", description = "The letter as it will be sent (Accept: text/html).")
    @APIResponse(responseCode = "200", description = "The letter.", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such batch or letter.")
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
    @Operation(summary = "Read a letter as PDF", description = "The PDF attached to the letter's emails (Accept: "
            + "application/pdf).")
    @APIResponse(responseCode = "200", description = "The PDF.", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "404", description = "No such batch or letter.")
    @APIResponse(responseCode = "409", description = "The PDF is still being printed; Retry-After says when to ask "
            + "again.")
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
    @Operation(summary = "Approve a delivery batch", description = "Four eyes: an approver who neither created nor "
            + "last changed the batch approves it; the content of its letters is frozen.")
    @APIResponse(responseCode = "200", description = "The batch, APPROVED.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchView.class),
            examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH)))
    @APIResponse(responseCode = "403", description = "The caller created or last changed the batch.")
    @APIResponse(responseCode = "404", description = "No batch has this id.")
    @APIResponse(responseCode = "409", description = "The batch is not awaiting approval.")
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
    @Operation(summary = "Take in the directory's contacts of now", description = "Updates the recipients of a batch "
            + "not yet dispatched; if a letter changed, the batch needs approving again.")
    @APIResponse(responseCode = "200", description = "The batch.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchView.class),
            examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH)))
    @APIResponse(responseCode = "404", description = "No batch has this id.")
    @APIResponse(responseCode = "409", description = "The batch was dispatched, or the directory has no contact for a "
            + "target.")
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
    @Operation(summary = "Read a signer's receipt", description = "Public: the proof that the batch counted a "
            + "signature, to check against the root its letters print. The link is in the signer's email.")
    @APIResponse(responseCode = "200", description = "The receipt.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Receipts.View.class),
            examples = @ExampleObject(name = "receipt", value = ApiExamples.RECEIPT)))
    @APIResponse(responseCode = "404", description = "No such batch, or it did not count this signature.")
    public Receipts.View receipt(@PathParam("id") String id, @PathParam("signatureId") String signatureId) {
        return receipts.receipt(id(id, "There is no batch with this id."),
                id(signatureId, "This batch did not count this signature."));
    }

    /** An acknowledgement or reply from the target of a dispatched letter (409 before dispatch). */
    @POST
    @Path("/{id}/letters/{letterId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CAMPAIGNER)
    @Operation(summary = "Record a reply to a letter", description = "An acknowledgement or a reply from the target "
            + "of a dispatched letter.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reply", value = ApiExamples.REPLY)))
    @APIResponseSchema(value = ReplyRequest.View.class, responseCode = "201", responseDescription = "Recorded.")
    @APIResponse(responseCode = "404", description = "No such batch or letter.")
    @APIResponse(responseCode = "409", description = "The batch is not dispatched yet.")
    public Response recordReply(@PathParam("id") String id, @PathParam("letterId") String letterId,
            @Valid @NotNull ReplyRequest request, @Context SecurityContext security) {
        return Response.status(201).entity(replies.record(id(id, "There is no batch with this id."),
                id(letterId, "This batch has no letter with this id."), request,
                security.getUserPrincipal().getName())).build();
    }

    @GET
    @Path("/{id}/letters/{letterId}/replies")
    @RolesAllowed({ Roles.CAMPAIGNER, Roles.APPROVER })
    @Operation(summary = "List the replies to a letter", description = "Acknowledgements and replies, oldest first.")
    @APIResponseSchema(value = ReplyRequest.View[].class, responseCode = "200", responseDescription = "The replies.")
    @APIResponse(responseCode = "404", description = "No such batch or letter.")
    public List<ReplyRequest.View> replies(@PathParam("id") String id, @PathParam("letterId") String letterId) {
        return replies.of(id(id, "There is no batch with this id."), id(letterId, "This batch has no letter with this id."));
    }

    /** Only once approved (409 otherwise), only once: letters go out by email and their status follows. */
    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed(Roles.CAMPAIGNER)
    @Operation(summary = "Dispatch a delivery batch", description = "Once approved, and only once: each letter goes "
            + "out by email, with its PDF, and its status follows.")
    @APIResponse(responseCode = "200", description = "The batch, DISPATCHED.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchView.class),
            examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH)))
    @APIResponse(responseCode = "404", description = "No batch has this id.")
    @APIResponse(responseCode = "409", description = "Not approved, already dispatched, changed since its approval, or "
            + "a letter has no recipient.")
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
