package org.chorus.petition.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chorus.petition.WebhookDelivery;

/**
 * A partner's numbers over the last days (UTC), staff only. {@code submitted}: signatures that came through the
 * partner, signed on the day, whatever became of them since. {@code confirmed}: those confirmed on the day and
 * still counted (not withdrawn or invalidated since). The totals are of the signatures submitted in the period:
 * {@code confirmedRate} = those still CONFIRMED / all of them (withdrawn and invalidated ones count as submitted,
 * not as confirmed), null when none was submitted. {@code webhookDeliveries}: how many of the partner's webhook
 * deliveries (of every petition, ever) are in each status.
 */
public record PartnerStats(String partner, String petition, LocalDate from, LocalDate to, long submitted,
        long confirmed, long pending, long withdrawn, long invalidated, Double confirmedRate, List<Day> days,
        Map<WebhookDelivery.Status, Long> webhookDeliveries) {

    public record Day(LocalDate date, long submitted, long confirmed) {
    }
}
