package org.chorus.petition.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The senders' side of table webhook_delivery, in plain JDBC and autocommitted statements: a claim is one statement
 * that locks due rows (FOR UPDATE SKIP LOCKED, so that replicas never claim the same row) and leases them; the call
 * to the partner happens after it has committed, and its outcome is one more statement, which counts only while the
 * lease is still this sender's.
 */
@ApplicationScoped
public class WebhookQueue {

    /** A claimed delivery, with what its call needs. */
    public record Claimed(UUID id, UUID leaseId, String partner, String url, byte[] secretEncrypted,
            byte[] payloadEncrypted, int attempts) {
    }

    private static final String PARTNERS_DUE = """
            SELECT d.partner FROM webhook_delivery d
            WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND (d.leased_until IS NULL OR d.leased_until < ?)
              AND d.partner <> ALL (?)
            GROUP BY d.partner ORDER BY min(d.next_attempt_at)""";

    /**
     * A call reports a confirmed signature: one withdrawn or invalidated since is never sent, however its delivery
     * is still PENDING (the withdrawal and invalidation cancel theirs, this holds for any other way a row got here).
     */
    private static final String CANCEL_UNCOUNTED = """
            UPDATE webhook_delivery d SET status = 'CANCELLED', payload_encrypted = NULL, next_attempt_at = NULL
            FROM signature s
            WHERE d.partner = ? AND d.status = 'PENDING' AND d.next_attempt_at <= ?
              AND (d.leased_until IS NULL OR d.leased_until < ?)
              AND s.id = d.signature_id AND s.status <> 'CONFIRMED'""";

    private static final String CLAIM = """
            WITH due AS (
                SELECT d.id FROM webhook_delivery d
                WHERE d.partner = ? AND d.status = 'PENDING' AND d.next_attempt_at <= ?
                  AND (d.leased_until IS NULL OR d.leased_until < ?)
                  AND EXISTS (SELECT 1 FROM signature s WHERE s.id = d.signature_id AND s.status = 'CONFIRMED')
                ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED)
            UPDATE webhook_delivery d SET lease_id = ?, leased_until = ?
            FROM due, partner p
            WHERE d.id = due.id AND p.slug = d.partner AND p.webhook_url IS NOT NULL
              AND p.webhook_secret_encrypted IS NOT NULL
            RETURNING d.id, p.webhook_url, p.webhook_secret_encrypted, d.payload_encrypted, d.attempts""";

    /** A delivery cancelled meanwhile stays CANCELLED; the record of the call is kept all the same. */
    private static final String DELIVERED = """
            UPDATE webhook_delivery SET attempts = ?, last_status_code = ?, last_error = NULL, delivered_at = ?,
                status = CASE WHEN status = 'PENDING' THEN 'DELIVERED' ELSE status END,
                payload_encrypted = NULL, next_attempt_at = NULL, lease_id = NULL, leased_until = NULL
            WHERE id = ? AND lease_id = ?""";

    /** next_attempt_at null: that was the last attempt, and the delivery is FAILED. */
    private static final String ATTEMPT_FAILED = """
            UPDATE webhook_delivery SET attempts = ?, last_status_code = ?, last_error = ?,
                status = CASE WHEN status = 'PENDING' AND CAST(? AS timestamptz) IS NULL THEN 'FAILED' ELSE status END,
                next_attempt_at = CASE WHEN status = 'PENDING' THEN CAST(? AS timestamptz) END,
                lease_id = NULL, leased_until = NULL
            WHERE id = ? AND lease_id = ?""";

    private static final String RELEASE = """
            UPDATE webhook_delivery SET lease_id = NULL, leased_until = NULL WHERE id = ? AND lease_id = ?""";

    private final AgroalDataSource dataSource;

    public WebhookQueue(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Partners with deliveries due and not claimed, those waiting longest first. */
    public List<String> partnersDue(Instant now, Set<String> except) {
        try (Connection db = dataSource.getConnection(); PreparedStatement q = db.prepareStatement(PARTNERS_DUE)) {
            q.setObject(1, at(now));
            q.setObject(2, at(now));
            q.setArray(3, db.createArrayOf("text", except.toArray()));
            List<String> partners = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    partners.add(rs.getString(1));
                }
            }
            return partners;
        } catch (SQLException e) {
            throw new IllegalStateException("webhook deliveries cannot be read", e);
        }
    }

    /**
     * Claims up to {@code limit} of the partner's due deliveries, oldest due first, until {@code leasedUntil}. What
     * is due for a signature that no longer counts is cancelled first, and never claimed.
     */
    public List<Claimed> claim(String partner, int limit, Instant now, Instant leasedUntil) {
        UUID leaseId = UUID.randomUUID();
        try (Connection db = dataSource.getConnection();
                PreparedStatement cancel = db.prepareStatement(CANCEL_UNCOUNTED);
                PreparedStatement q = db.prepareStatement(CLAIM)) {
            cancel.setString(1, partner);
            cancel.setObject(2, at(now));
            cancel.setObject(3, at(now));
            cancel.executeUpdate();
            q.setString(1, partner);
            q.setObject(2, at(now));
            q.setObject(3, at(now));
            q.setInt(4, limit);
            q.setObject(5, leaseId);
            q.setObject(6, at(leasedUntil));
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject(1, UUID.class), leaseId, partner, rs.getString(2),
                            rs.getBytes(3), rs.getBytes(4), rs.getInt(5)));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("webhook deliveries cannot be claimed", e);
        }
    }

    /** @return false when the lease was no longer this sender's (it ran out and another sender took over) */
    public boolean delivered(Claimed d, int attempts, int statusCode, Instant at) {
        return update(DELIVERED, q -> {
            q.setInt(1, attempts);
            q.setInt(2, statusCode);
            q.setObject(3, at(at));
            q.setObject(4, d.id());
            q.setObject(5, d.leaseId());
        });
    }

    /** @param nextAttemptAt empty: no attempt is left, the delivery is FAILED */
    public boolean attemptFailed(Claimed d, int attempts, Integer statusCode, String error,
            Optional<Instant> nextAttemptAt) {
        return update(ATTEMPT_FAILED, q -> {
            q.setInt(1, attempts);
            if (statusCode == null) {
                q.setNull(2, Types.INTEGER);
            } else {
                q.setInt(2, statusCode);
            }
            q.setString(3, error);
            OffsetDateTime next = nextAttemptAt.map(WebhookQueue::at).orElse(null);
            q.setObject(4, next, Types.TIMESTAMP_WITH_TIMEZONE);
            q.setObject(5, next, Types.TIMESTAMP_WITH_TIMEZONE);
            q.setObject(6, d.id());
            q.setObject(7, d.leaseId());
        });
    }

    /** Gives a claimed delivery back without counting an attempt (its sender is stopping). */
    public void release(Claimed d) {
        update(RELEASE, q -> {
            q.setObject(1, d.id());
            q.setObject(2, d.leaseId());
        });
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private interface Binder {
        void bind(PreparedStatement q) throws SQLException;
    }

    private boolean update(String sql, Binder binder) {
        try (Connection db = dataSource.getConnection(); PreparedStatement q = db.prepareStatement(sql)) {
            binder.bind(q);
            return q.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the outcome of a webhook delivery cannot be recorded", e);
        }
    }
}
