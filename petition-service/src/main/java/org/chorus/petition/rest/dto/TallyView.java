package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.Map;

/** Confirmed signatures of a petition: total and by country (API.md). */
public record TallyView(long total, Map<String, Long> byCountry, Instant updatedAt) {
}
