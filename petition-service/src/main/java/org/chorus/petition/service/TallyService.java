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
 * recorded in the transaction that changes the counts, so neither a redelivered nor a duplicated event counts twice
 * (nor announces a milestone twice: see MilestoneAnnouncer); a signature once withdrawn or invalidated is recorded
 * too, and never counts again.
 */
@ApplicationScoped
public class TallyService {

    private static final String TOTAL = "total";
    private static final String ALL = "all";
    private static final String COUNTRY = "country";
    private static final String PARTNER = "partner";

    private final EntityManager em;
    private final MilestoneAnnouncer milestones;

    public TallyService(EntityManager em, MilestoneAnnouncer milestones) {
        this.em = em;
        this.milestones = milestones;
    }

    @Transactional
    public void countConfirmed(UUID eventId, SignatureConfirmed confirmed) {
        if (!firstTime(eventId)) {
            return;
        }
        int newlyCounted = em.createNativeQuery("""
                INSERT INTO tallied_signature (signature_id, petition_id, country, partner)
                SELECT :id, :petition, :country, :partner
                WHERE NOT EXISTS (SELECT 1 FROM uncounted_signature WHERE signature_id = :id)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", confirmed.signatureId())
                .setParameter("petition", confirmed.petitionId())
                .setParameter("country", confirmed.country())
                .setParameter("partner", confirmed.partner())
                .executeUpdate();
        if (newlyCounted == 0) {
            return;
        }
        long total = addOneToTotal(confirmed.petitionId());
        add(confirmed.petitionId(), COUNTRY, confirmed.country(), 1);
        if (confirmed.partner() != null) {
            add(confirmed.petitionId(), PARTNER, confirmed.partner(), 1);
        }
        milestones.announceIfReached(confirmed.petitionId(), total);
    }

    /**
     * A withdrawn or invalidated signature leaves the tallies it was counted in; one that never counted changes
     * nothing. Either way it is remembered as uncounted: withdrawal and invalidation are final, so a confirmation
     * read after them (in whatever order the events come) counts nothing.
     */
    @Transactional
    public void uncount(UUID eventId, UUID signatureId) {
        if (!firstTime(eventId)) {
            return;
        }
        em.createNativeQuery("INSERT INTO uncounted_signature (signature_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", signatureId)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> counted = em.createNativeQuery("""
                DELETE FROM tallied_signature WHERE signature_id = :id RETURNING petition_id, country, partner""")
                .setParameter("id", signatureId)
                .getResultList();
        for (Object[] row : counted) {
            UUID petitionId = (UUID) row[0];
            add(petitionId, TOTAL, ALL, -1);
            add(petitionId, COUNTRY, (String) row[1], -1);
            if (row[2] != null) {
                add(petitionId, PARTNER, (String) row[2], -1);
            }
        }
    }

    /** A transaction of its own when called outside one: LiveTallies reads from its own thread. */
    @Transactional
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
            } else if (COUNTRY.equals(row[0]) && count > 0) {
                byCountry.put((String) row[1], count);
            }
            if (updatedAt == null || at.isAfter(updatedAt)) {
                updatedAt = at;
            }
        }
        return new TallyView(total, byCountry, updatedAt);
    }

    /**
     * The confirmed signatures of a petition that came through one partner, counted from the signatures the tallies
     * hold (tallied_signature), so that it is exact in the same way; updatedAt is when the partner's count changed.
     */
    @Transactional
    public TallyView partnerTally(UUID petitionId, String partner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT country, count(*) FROM tallied_signature WHERE petition_id = :p AND partner = :partner
                GROUP BY country""")
                .setParameter("p", petitionId)
                .setParameter("partner", partner)
                .getResultList();
        long total = 0;
        Map<String, Long> byCountry = new TreeMap<>();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            byCountry.put((String) row[0], count);
            total += count;
        }
        @SuppressWarnings("unchecked")
        List<Instant> updated = em.createNativeQuery("""
                SELECT updated_at FROM tally_count WHERE petition_id = :p AND dimension = :d AND bucket = :b""")
                .setParameter("p", petitionId)
                .setParameter("d", PARTNER)
                .setParameter("b", partner)
                .getResultList();
        return new TallyView(total, byCountry, updated.isEmpty() ? null : updated.get(0));
    }

    private boolean firstTime(UUID eventId) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }

    /** @return the new total, read back by the same statement: this runs for every confirmation. */
    private long addOneToTotal(UUID petitionId) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO tally_count (petition_id, dimension, bucket, count, updated_at)
                VALUES (:p, :d, :b, 1, now())
                ON CONFLICT (petition_id, dimension, bucket)
                DO UPDATE SET count = tally_count.count + 1, updated_at = now()
                RETURNING count""")
                .setParameter("p", petitionId)
                .setParameter("d", TOTAL)
                .setParameter("b", ALL)
                .getSingleResult()).longValue();
    }

    private void add(UUID petitionId, String dimension, String bucket, int delta) {
        em.createNativeQuery("""
                INSERT INTO tally_count (petition_id, dimension, bucket, count, updated_at)
                VALUES (:p, :d, :b, :delta, now())
                ON CONFLICT (petition_id, dimension, bucket)
                DO UPDATE SET count = tally_count.count + :delta, updated_at = now()""")
                .setParameter("p", petitionId)
                .setParameter("d", dimension)
                .setParameter("b", bucket)
                .setParameter("delta", delta)
                .executeUpdate();
    }
}
