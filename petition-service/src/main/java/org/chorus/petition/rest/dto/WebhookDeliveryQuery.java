package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** {@code ?status=&page=N} of a partner's webhook deliveries. */
public class WebhookDeliveryQuery extends PageQuery {

    @QueryParam("status")
    @Pattern(regexp = "PENDING|DELIVERED|FAILED|CANCELLED",
            message = "must be PENDING, DELIVERED, FAILED or CANCELLED, or left out for all")
    public String status;
}
