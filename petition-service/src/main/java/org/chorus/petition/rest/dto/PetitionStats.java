package org.chorus.petition.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One petition's numbers for the staff dashboard, read from its signatures as they are now. Only signatures that
 * count or may still count are in it (PENDING, CONFIRMED): a withdrawn or invalidated one is in no number.
 * {@code confirmationRate} = confirmed / (confirmed + pending), 0 when there are neither. Each bucket of
 * {@code perHour} (the last 48 hours, the current one last) and {@code perDay} (the last 30 days, UTC, today last)
 * starts at {@code at}: {@code signed} = signatures submitted in it that are pending or confirmed now,
 * {@code confirmed} = signatures confirmed in it that are still confirmed. Empty buckets are there with zeros.
 * {@code byCountry}: confirmed signatures per country. {@code bySource}: the largest {@value #MAX_SOURCES} groups.
 */
public record PetitionStats(Total total, double confirmationRate, List<Bucket> perHour, List<Bucket> perDay,
        Map<String, Long> byCountry, List<PartnerCount> byPartner, List<SourceCount> bySource) {

    public static final int MAX_SOURCES = 100;

    public record Total(long confirmed, long pending) {
    }

    public record Bucket(Instant at, long signed, long confirmed) {
    }

    /** @param partner the partner's slug, or null for signatures that came through no partner */
    public record PartnerCount(String partner, long confirmed, long pending) {
    }

    /** The utm_* the signer arrived with; null where there was none. */
    public record SourceCount(String source, String medium, String campaign, long confirmed, long pending) {
    }
}
