package org.chorus.letter.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?status=&petition=&page=&size=} of the batch list. Taken as text and checked here, so that a bad value is a
 * 400 naming the parameter (JAX-RS would answer an unconvertible query parameter with a bare 404).
 */
public class BatchListQuery {

    @QueryParam("status")
    @Pattern(regexp = "AWAITING_APPROVAL|APPROVED|DISPATCHED", message = "must be AWAITING_APPROVAL, APPROVED or DISPATCHED")
    public String status;

    @QueryParam("petition")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a petition's slug")
    public String petition;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,6}", message = "must be a page number from 0")
    public String page;

    @QueryParam("size")
    @DefaultValue("50")
    @Pattern(regexp = "[1-9]\\d?|100", message = "must be from 1 to 100")
    public String size;

    public int pageNumber() {
        return Integer.parseInt(page);
    }

    public int pageSize() {
        return Integer.parseInt(size);
    }
}
