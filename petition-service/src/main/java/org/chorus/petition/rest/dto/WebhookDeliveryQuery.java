package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?status=&page=N} of a partner's webhook deliveries. Taken as text and checked here, so that a bad value is
 * a 400 naming the parameter.
 */
public class WebhookDeliveryQuery {

    @QueryParam("status")
    @Pattern(regexp = "PENDING|DELIVERED|FAILED|CANCELLED", message = "must be PENDING, DELIVERED, FAILED or CANCELLED, or left out for all")
    public String status;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,7}", message = "must be a page number from 0")
    public String page;

    public int pageNumber() {
        return Integer.parseInt(page);
    }
}
