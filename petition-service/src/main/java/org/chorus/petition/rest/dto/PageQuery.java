package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=N} of a list. Taken as text and checked here, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer an unconvertible query parameter with a bare 404).
 */
public abstract class PageQuery {

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,7}", message = "must be a page number from 0")
    public String page;

    public int pageNumber() {
        return Integer.parseInt(page);
    }
}
