package org.chorus.letter.batch;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.letter.manifest.Manifest;
import org.chorus.letter.manifest.Receipt;
import org.chorus.letter.service.UnknownEntryException;

/**
 * A signer's receipt for a batch: the Merkle path from their signature to the root printed in the batch's letters.
 * It names no one: whoever holds a signature id (only its signer, from their emails) learns whether it was counted.
 */
@ApplicationScoped
public class Receipts {

    private final EntityManager em;

    public Receipts(EntityManager em) {
        this.em = em;
    }

    /** A receipt and what the letters print, to check it against. */
    public record View(String receipt, String root, long count, String verify) {
    }

    @Transactional
    public View receipt(UUID batchId, UUID signatureId) {
        DeliveryBatch batch = BatchQueries.batch(batchId);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT signature_id FROM batch_signature WHERE batch_id = :batch")
                .setParameter("batch", batch.id).getResultList();
        Receipt receipt = Manifest.of(ids).proof(signatureId)
                .orElseThrow(() -> new UnknownEntryException("This batch did not count this signature."));
        return new View(receipt.text(), batch.merkleRoot, batch.total,
                "letter-service/verify-receipt '" + receipt.text() + "' " + batch.merkleRoot + " " + batch.total);
    }
}
