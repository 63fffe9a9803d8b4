package org.chorus.letter.rest.dto;

import java.util.Map;

/**
 * How many confirmed signatories a petition has, in total and by country, and how many of them agreed to be
 * named in letters. Counts only: the names stay in the read model.
 */
public record SignatorySummary(String petition, long total, Map<String, Long> byCountry, long named) {
}
