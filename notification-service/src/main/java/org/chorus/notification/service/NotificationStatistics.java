package org.chorus.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.notification.rest.dto.NotificationStats;

/**
 * How a petition's confirmation emails fare, counted by PostgreSQL in one pass over them (index
 * email_message_by_petition). A petition this service never heard of simply has zeros.
 */
@ApplicationScoped
public class NotificationStatistics {

    private final EntityManager em;

    public NotificationStatistics(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationStats confirmations(UUID petitionId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE status = 'QUEUED'),
                       CAST(extract(epoch FROM min(created_at) FILTER (WHERE status = 'QUEUED')) * 1000000 AS bigint),
                       count(*) FILTER (WHERE status = 'SENT'),
                       count(*) FILTER (WHERE status = 'FAILED'),
                       count(*) FILTER (WHERE status = 'BOUNCED'),
                       count(*) FILTER (WHERE status = 'SUPPRESSED')
                FROM email_message WHERE petition_id = :petition AND kind = 'CONFIRMATION'""")
                .setParameter("petition", petitionId)
                .getSingleResult();
        long suppressionList = suppressionListSize();
        Instant oldest = row[1] == null ? null : fromMicros(((Number) row[1]).longValue());
        long delay = oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toSeconds());
        long sent = count(row[2]);
        long bounced = count(row[4]);
        return new NotificationStats(count(row[0]), oldest, delay, sent, count(row[3]), bounced, count(row[5]),
                sent + bounced == 0 ? 0.0 : (double) bounced / (sent + bounced), suppressionList);
    }

    /** How many addresses no email goes to any more (bounced or complained), whatever their petition. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long suppressionListSize() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM suppression").getSingleResult()).longValue();
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
