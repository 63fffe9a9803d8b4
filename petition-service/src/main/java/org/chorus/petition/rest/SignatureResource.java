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
    public WithdrawnView withdraw(@NotNull @Valid TokenRequest request) {
        return WithdrawnView.of(withdrawal.withdraw(request.token()));
    }
}
