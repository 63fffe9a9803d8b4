package org.chorus.petition.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.petition.events.SignatureConfirmed;
import org.chorus.petition.rest.dto.TallyView;

/**
 * Tallies fed by signature events. Exact under redelivery: the event id and the counted signature id are both
 * recorded in the transaction that changes the counts, so neither a redelivered nor a duplicated event counts twice.
 */
@ApplicationScoped
public class TallyService {

    private static final String TOTAL = "total";
    private static final String ALL = "all";

    private final EntityManager em;

    public TallyService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void countConfirmed(UUID eventId, SignatureConfirmed confirmed) {
        if (!firstTime(eventId)) {
            return;
        }
        int newlyCounted = em.createNativeQuery("""
                INSERT INTO tallied_signature (signature_id, petition_id, country, partner)
                VALUES (:id, :petition, :country, :partner) ON CONFLICT DO NOTHING""")
                .setParameter("id", confirmed.signatureId())
                .setParameter("petition", confirmed.petitionId())
                .setParameter("country", confirmed.country())
                .setParameter("partner", confirmed.partner())
                .executeUpdate();
        if (newlyCounted == 0) {
            return;
        }
        add(confirmed.petitionId(), TOTAL, ALL);
        add(confirmed.petitionId(), "country", confirmed.country());
        if (confirmed.partner() != null) {
            add(confirmed.petitionId(), "partner", confirmed.partner());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TallyView tally(UUID petitionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT dimension, bucket, count, updated_at FROM tally_count WHERE petition_id = :p")
                .setParameter("p", petitionId)
                .getResultList();
        long total = 0;
        Instant updatedAt = null;
        Map<String, Long> byCountry = new TreeMap<>();
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            Instant at = (Instant) row[3];
            if (TOTAL.equals(row[0])) {
                total = count;
            } else if ("country".equals(row[0]) && count > 0) {
                byCountry.put((String) row[1], count);
            }
            if (updatedAt == null || at.isAfter(updatedAt)) {
                updatedAt = at;
            }
        }
        return new TallyView(total, byCountry, updatedAt);
    }

    private boolean firstTime(UUID eventId) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }

    private void add(UUID petitionId, String dimension, String bucket) {
        em.createNativeQuery("""
                INSERT INTO tally_count (petition_id, dimension, bucket, count, updated_at)
                VALUES (:p, :d, :b, 1, now())
                ON CONFLICT (petition_id, dimension, bucket)
                DO UPDATE SET count = tally_count.count + 1, updated_at = now()""")
                .setParameter("p", petitionId)
                .setParameter("d", dimension)
                .setParameter("b", bucket)
                .executeUpdate();
    }
}
