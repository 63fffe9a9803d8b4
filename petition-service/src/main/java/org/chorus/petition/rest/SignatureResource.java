package org.chorus.petition.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chorus.petition.rest.dto.StatusView;
import org.chorus.petition.rest.dto.TokenRequest;
import org.chorus.petition.rest.dto.WithdrawnView;
import org.chorus.petition.service.ConfirmationService;
import org.chorus.petition.service.WithdrawalService;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** What a signer does with the links in their emails. */
@Path("/api/signatures")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignatureResource {

    private static final StatusView CONFIRMED = new StatusView("CONFIRMED");

    private final ConfirmationService confirmation;
    private final WithdrawalService withdrawal;

    public SignatureResource(ConfirmationService confirmation, WithdrawalService withdrawal) {
        this.confirmation = confirmation;
        this.withdrawal = withdrawal;
    }

    @POST
    @Path("/confirm")
    @Operation(summary = "Confirm a signature", description = "The token from the confirmation email confirms the "
            + "signature: it counts from now on. Confirming twice is harmless.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "token", value = ApiExamples.TOKEN)))
    @APIResponse(responseCode = "200", description = "Confirmed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusView.class),
            examples = @ExampleObject(name = "confirmed", value = ApiExamples.CONFIRMED)))
    @APIResponse(responseCode = "400", description = "The token is unknown or expired, or the signature was "
            + "withdrawn or invalidated.")
    public StatusView confirm(@NotNull @Valid TokenRequest request) {
        confirmation.confirm(request.token());
        return CONFIRMED;
    }

    /**
     * The withdraw link of every email; withdrawing twice is harmless. The status is WITHDRAWN, or INVALIDATED for a
     * signature that staff invalidated (its data is erased all the same); says which letters already went with the name.
     */
    @POST
    @Path("/withdraw")
    @Operation(summary = "Withdraw a signature", description = "The token from any email erases the signer's data; "
            + "the signature leaves the tallies and every batch not yet dispatched. Says which letters already went "
            + "with the name.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "token", value = ApiExamples.TOKEN)))
    @APIResponse(responseCode = "200", description = "Withdrawn (or INVALIDATED, if staff had invalidated it).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawnView.class),
            examples = @ExampleObject(name = "withdrawn", value = ApiExamples.WITHDRAWN)))
    @APIResponse(responseCode = "400", description = "The token is unknown.")
    public WithdrawnView withdraw(@NotNull @Valid TokenRequest request) {
        return WithdrawnView.of(withdrawal.withdraw(request.token()));
    }
}
