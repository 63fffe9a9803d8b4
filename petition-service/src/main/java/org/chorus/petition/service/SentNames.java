package org.chorus.petition.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.petition.events.NamesSent;

/**
 * The dispatched letters that printed each signer's name (table sent_name): kept from letter-service's
 * batch.names-sent for confirmed signatures only, and handed over (then forgotten) when the signer withdraws, so that
 * the answer tells them what already went and cannot be recalled. A record read twice adds nothing.
 */
@ApplicationScoped
public class SentNames {

    /** Letters of one dispatched batch that printed the signer's name: to these targets (ISO codes). */
    public record Sent(UUID batchId, Instant dispatchedAt, List<String> targets) {

        /** The day the letters went (UTC), as the withdrawal page shows it. */
        public String day() {
            return dispatchedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
    }

    private final EntityManager em;

    public SentNames(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void record(NamesSent sent) {
        for (NamesSent.Named named : sent.named()) {
            em.createNativeQuery("""
                    INSERT INTO sent_name (signature_id, batch_id, dispatched_at, targets)
                    SELECT s.id, :batch, :at, :targets FROM signature s WHERE s.id = :signature AND s.status = 'CONFIRMED'
                    ON CONFLICT DO NOTHING""")
                    .setParameter("signature", named.signatureId())
                    .setParameter("batch", sent.batchId())
                    .setParameter("at", sent.dispatchedAt())
                    .setParameter("targets", String.join(",", named.targets()))
                    .executeUpdate();
        }
    }

    /** What went with this signer's name, oldest first; forgotten here once handed over. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Sent> takeFor(UUID signatureId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT batch_id, dispatched_at, targets FROM sent_name WHERE signature_id = :signature
                ORDER BY dispatched_at, batch_id""")
                .setParameter("signature", signatureId)
                .getResultList();
        em.createNativeQuery("DELETE FROM sent_name WHERE signature_id = :signature")
                .setParameter("signature", signatureId)
                .executeUpdate();
        return rows.stream()
                .map(r -> new Sent((UUID) r[0], instant(r[1]), Arrays.asList(((String) r[2]).split(","))))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) value;
    }
}
