package org.chorus.petition.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.chorus.petition.Petition;
import org.chorus.petition.rest.dto.PetitionStats;

/**
 * The staff dashboard's numbers of one petition, each counted by PostgreSQL (one aggregate query per figure, no
 * signature row is read into Java). Buckets are in UTC; the database makes every bucket, so that empty ones are
 * there with zeros.
 */
@ApplicationScoped
public class PetitionStatistics {

    static final int HOURS = 48;
    static final int DAYS = 30;

    /** Signatures that count or may still count; withdrawn and invalidated ones are in no figure. */
    private static final String LIVE = "status IN ('PENDING', 'CONFIRMED')";
    private static final String PER_STATUS = "count(*) FILTER (WHERE status = 'CONFIRMED'),"
            + " count(*) FILTER (WHERE status = 'PENDING')";

    private final EntityManager em;

    public PetitionStatistics(EntityManager em) {
        this.em = em;
    }

    /** Of any petition, drafts included (a draft's are all zeros). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PetitionStats stats(String slug) {
        UUID petition = Petition.findBySlug(slug).orElseThrow(() -> new PetitionNotFoundException(slug)).id;
        Instant now = Instant.now();
        Object[] total = (Object[]) query("SELECT " + PER_STATUS + " FROM signature WHERE petition_id = :petition",
                petition).getSingleResult();
        long confirmed = count(total[0]);
        long pending = count(total[1]);
        Instant thisHour = now.truncatedTo(ChronoUnit.HOURS);
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return new PetitionStats(new PetitionStats.Total(confirmed, pending),
                confirmed + pending == 0 ? 0.0 : (double) confirmed / (confirmed + pending),
                buckets(petition, "hour", Duration.ofHours(1), thisHour.minus(Duration.ofHours(HOURS - 1)), thisHour),
                buckets(petition, "day", Duration.ofDays(1), today.minus(Duration.ofDays(DAYS - 1)), today),
                byCountry(petition), byPartner(petition), bySource(petition));
    }

    /**
     * @param unit a date_trunc unit, from this class only
     * @param first the start of the first bucket, @param last the start of the last one
     */
    private List<PetitionStats.Bucket> buckets(UUID petition, String unit, Duration step, Instant first,
            Instant last) {
        String bucketOf = "date_trunc('" + unit + "', %s, 'UTC')";
        Query q = query("WITH buckets AS ("
                + " SELECT generate_series(CAST(:first AS timestamptz), CAST(:last AS timestamptz),"
                + " make_interval(secs => :step)) AS at),"
                + " signed AS (SELECT " + bucketOf.formatted("created_at") + " AS at, count(*) AS n FROM signature"
                + " WHERE petition_id = :petition AND " + LIVE + " AND created_at >= :first GROUP BY 1),"
                + " confirmed AS (SELECT " + bucketOf.formatted("confirmed_at") + " AS at, count(*) AS n"
                + " FROM signature WHERE petition_id = :petition AND status = 'CONFIRMED'"
                + " AND confirmed_at >= :first GROUP BY 1)"
                + " SELECT CAST(extract(epoch FROM b.at) AS bigint), coalesce(s.n, 0), coalesce(c.n, 0)"
                + " FROM buckets b LEFT JOIN signed s ON s.at = b.at LEFT JOIN confirmed c ON c.at = b.at"
                + " ORDER BY b.at", petition)
                .setParameter("first", first).setParameter("last", last).setParameter("step", step.toSeconds());
        return rows(q).stream().map(r -> new PetitionStats.Bucket(Instant.ofEpochSecond(count(r[0])), count(r[1]),
                count(r[2]))).toList();
    }

    private Map<String, Long> byCountry(UUID petition) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : rows(query("SELECT country, count(*) FROM signature WHERE petition_id = :petition"
                + " AND status = 'CONFIRMED' AND country IS NOT NULL GROUP BY country ORDER BY 2 DESC, 1",
                petition))) {
            counts.put(String.valueOf(r[0]), count(r[1]));
        }
        return counts;
    }

    private List<PetitionStats.PartnerCount> byPartner(UUID petition) {
        return rows(query("SELECT partner, " + PER_STATUS + " FROM signature WHERE petition_id = :petition AND "
                + LIVE + " GROUP BY partner ORDER BY 2 DESC, 3 DESC, 1 NULLS FIRST", petition)).stream()
                .map(r -> new PetitionStats.PartnerCount((String) r[0], count(r[1]), count(r[2]))).toList();
    }

    private List<PetitionStats.SourceCount> bySource(UUID petition) {
        return rows(query("SELECT utm_source, utm_medium, utm_campaign, " + PER_STATUS + " FROM signature"
                + " WHERE petition_id = :petition AND " + LIVE + " GROUP BY 1, 2, 3"
                + " ORDER BY 4 DESC, 5 DESC, 1 NULLS FIRST, 2 NULLS FIRST, 3 NULLS FIRST", petition)
                .setMaxResults(PetitionStats.MAX_SOURCES)).stream()
                .map(r -> new PetitionStats.SourceCount((String) r[0], (String) r[1], (String) r[2], count(r[3]),
                        count(r[4]))).toList();
    }

    private Query query(String sql, UUID petition) {
        return em.createNativeQuery(sql).setParameter("petition", petition);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
