package org.chorus.letter.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.letter.manifest.Manifest;

import io.quarkus.logging.Log;

/**
 * A withdrawn or invalidated signature leaves every batch that counts it and is not dispatched yet: the batch counts
 * one less (manifest computed again), its letters are written and printed again without the name, and it needs
 * approving again. A dispatched batch cannot be recalled: it records that a withdrawal came after it went, and keeps
 * the signer's name no longer than the letters that were sent. Applied in the transaction that records the event, so
 * a redelivered event finds nothing left to do.
 */
@ApplicationScoped
public class BatchWithdrawals {

    private final EntityManager em;
    private final LetterRewriter rewriter;

    public BatchWithdrawals(EntityManager em, LetterRewriter rewriter) {
        this.em = em;
        this.rewriter = rewriter;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID signatureId) {
        @SuppressWarnings("unchecked")
        List<UUID> batches = em.createNativeQuery(
                "SELECT batch_id FROM batch_signature WHERE signature_id = :signature ORDER BY batch_id", UUID.class)
                .setParameter("signature", signatureId)
                .getResultList();
        Instant now = Instant.now();
        for (UUID id : batches) {
            DeliveryBatch batch = em.find(DeliveryBatch.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (batch.status == DeliveryBatch.Status.DISPATCHED) {
                recordAfterDispatch(batch, signatureId, now);
            } else {
                drop(batch, signatureId, now);
            }
        }
    }

    private void drop(DeliveryBatch batch, UUID signatureId, Instant now) {
        em.createNativeQuery("DELETE FROM batch_signature WHERE batch_id = :batch AND signature_id = :signature")
                .setParameter("batch", batch.id)
                .setParameter("signature", signatureId)
                .executeUpdate();
        LetterComposer.Snapshot snapshot = LetterComposer.Snapshot.frozen(em, batch.id);
        Manifest manifest = Manifest.of(snapshot.ids());
        batch.total = manifest.count();
        batch.byCountry = BatchQueries.json(snapshot.byCountry());
        batch.idsSha256 = manifest.idsSha256();
        batch.merkleRoot = manifest.merkleRoot();
        rewriter.rewrite(batch, Letter.list("batchId", batch.id));
        batch.changed(DeliveryBatch.Change.SIGNATURE_WITHDRAWN, null, now);
        Log.infof("batch %s: a withdrawn signature left it, %d counted now; approval needed", batch.id, batch.total);
    }

    /** The id stays counted (the letters printed the root over it); the name is not needed any more. */
    private void recordAfterDispatch(DeliveryBatch batch, UUID signatureId, Instant now) {
        em.createNativeQuery("""
                INSERT INTO batch_late_withdrawal (batch_id, signature_id, recorded_at) VALUES (:batch, :signature, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("batch", batch.id)
                .setParameter("signature", signatureId)
                .setParameter("now", now)
                .executeUpdate();
        em.createNativeQuery("""
                UPDATE batch_signature SET display_name = NULL WHERE batch_id = :batch AND signature_id = :signature""")
                .setParameter("batch", batch.id)
                .setParameter("signature", signatureId)
                .executeUpdate();
        Log.infof("batch %s: a signature was withdrawn after dispatch", batch.id);
    }
}
