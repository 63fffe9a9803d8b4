package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** {@code ?status=PENDING|CONFIRMED&page=N} of the signer list. */
public class SignerListQuery extends PageQuery {

    @QueryParam("status")
    @Pattern(regexp = "PENDING|CONFIRMED", message = "must be PENDING or CONFIRMED, or left out for both")
    public String status;
}
