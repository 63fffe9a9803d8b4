package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?petition=slug&page=N&size=M} of the partner API; the petition is required. */
public class PartnerQuery {

    @QueryParam("petition")
    @NotNull(message = "is required: the slug of the petition")
    @Pattern(regexp = PetitionRequest.SLUG, message = "must be a petition slug")
    public String petition;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,7}", message = "must be a page number from 0")
    public String page;

    @QueryParam("size")
    @DefaultValue("100")
    @Pattern(regexp = "[1-9][0-9]{0,2}|1000", message = "must be a page size from 1 to 1000")
    public String size;

    public int pageNumber() {
        return Integer.parseInt(page);
    }

    public int pageSize() {
        return Integer.parseInt(size);
    }
}
