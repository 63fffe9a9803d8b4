package org.chorus.petition.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.chorus.petition.Petition;
import org.chorus.petition.Signature;
import org.chorus.petition.rest.dto.PartnerStats;

/**
 * A partner's numbers for staff: signatures per day (UTC) and how many of them were confirmed, and how its webhook
 * deliveries fare.
 */
@ApplicationScoped
public class PartnerStatistics {

    private final EntityManager em;
    private final WebhookDeliveries webhooks;

    public PartnerStatistics(EntityManager em, WebhookDeliveries webhooks) {
        this.em = em;
        this.webhooks = webhooks;
    }

    /** @param petitionSlug one petition, or null for every petition */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerStats stats(String partnerSlug, String petitionSlug, int days) {
        PartnerRegistry.partner(partnerSlug);
        UUID petitionId = petitionSlug == null ? null : Petition.findBySlug(petitionSlug)
                .orElseThrow(() -> new PetitionNotFoundException(petitionSlug)).id;
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusDays(days - 1L);
        Map<LocalDate, Long> submitted = perDay("created_at", "", partnerSlug, petitionId, from);
        Map<LocalDate, Long> confirmed = perDay("confirmed_at", "AND status = 'CONFIRMED'", partnerSlug, petitionId,
                from);
        List<PartnerStats.Day> perDay = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            perDay.add(new PartnerStats.Day(d, submitted.getOrDefault(d, 0L), confirmed.getOrDefault(d, 0L)));
        }
        Map<Signature.Status, Long> byStatus = byStatus(partnerSlug, petitionId, from);
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long stillConfirmed = byStatus.getOrDefault(Signature.Status.CONFIRMED, 0L);
        return new PartnerStats(partnerSlug, petitionSlug, from, to, total, stillConfirmed,
                byStatus.getOrDefault(Signature.Status.PENDING, 0L),
                byStatus.getOrDefault(Signature.Status.WITHDRAWN, 0L),
                byStatus.getOrDefault(Signature.Status.INVALIDATED, 0L),
                total == 0 ? null : (double) stillConfirmed / total, perDay, webhooks.counts(partnerSlug));
    }

    private Map<LocalDate, Long> perDay(String column, String condition, String partner, UUID petitionId,
            LocalDate from) {
        Query q = em.createNativeQuery("SELECT CAST(" + column + " AT TIME ZONE 'UTC' AS date), count(*) FROM signature"
                + " WHERE partner = :partner" + (petitionId == null ? "" : " AND petition_id = :petition")
                + " AND " + column + " >= :from " + condition + " GROUP BY 1");
        Map<LocalDate, Long> counts = new HashMap<>();
        for (Object[] row : rows(q, partner, petitionId, from)) {
            counts.put(toDate(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** What became of the signatures submitted in the period. */
    private Map<Signature.Status, Long> byStatus(String partner, UUID petitionId, LocalDate from) {
        Query q = em.createNativeQuery("SELECT status, count(*) FROM signature WHERE partner = :partner"
                + (petitionId == null ? "" : " AND petition_id = :petition")
                + " AND created_at >= :from GROUP BY status");
        Map<Signature.Status, Long> counts = new EnumMap<>(Signature.Status.class);
        for (Object[] row : rows(q, partner, petitionId, from)) {
            counts.put(Signature.Status.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q, String partner, UUID petitionId, LocalDate from) {
        q.setParameter("partner", partner).setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toInstant());
        if (petitionId != null) {
            q.setParameter("petition", petitionId);
        }
        return q.getResultList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
