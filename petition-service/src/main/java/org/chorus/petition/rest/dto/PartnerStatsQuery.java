package org.chorus.petition.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?petition=slug&days=N} of a partner's statistics: one petition (or all, when left out), the last N days
 * (1 to 366, 30 by default). Taken as text and checked here, so that a bad value is a 400 naming the parameter.
 */
public class PartnerStatsQuery {

    @QueryParam("petition")
    @Pattern(regexp = PetitionRequest.SLUG, message = "must be a petition slug, or left out for all petitions")
    public String petition;

    @QueryParam("days")
    @DefaultValue("30")
    @Pattern(regexp = "[1-9]|[1-9][0-9]|[12][0-9][0-9]|3[0-5][0-9]|36[0-6]", message = "must be a number of days from 1 to 366")
    public String days;

    public int dayCount() {
        return Integer.parseInt(days);
    }
}
