package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?status=PENDING|CONFIRMED&page=N} of the signer list. Taken as text and checked here, so that a bad value
 * is a 400 naming the parameter (JAX-RS would answer an unconvertible query parameter with a bare 404).
 */
public class SignerListQuery {

    @QueryParam("status")
    @Pattern(regexp = "PENDING|CONFIRMED", message = "must be PENDING or CONFIRMED, or left out for both")
    public String status;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,7}", message = "must be a page number from 0")
    public String page;

    public int pageNumber() {
        return Integer.parseInt(page);
    }
}
