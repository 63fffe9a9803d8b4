package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.Map;

/** The confirmed signatures of one petition that came through one partner: total and by country. */
public record PartnerTally(String petition, String partner, long total, Map<String, Long> byCountry,
        Instant updatedAt) {
}
