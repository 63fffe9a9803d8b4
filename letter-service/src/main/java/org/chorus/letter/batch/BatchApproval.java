package org.chorus.letter.batch;

import java.time.Instant;
import java.util.UUID;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.letter.rest.dto.BatchView;
import org.chorus.letter.service.UnknownEntryException;

import io.quarkus.logging.Log;

/**
 * Four eyes: a batch is approved by a user with role approver who neither created it nor changed it since (took the
 * directory's contacts in again), once, and only whole: with every letter's PDF printed. The approval records the
 * fingerprint of what was approved (ApprovalDigest), which dispatch checks.
 */
@ApplicationScoped
public class BatchApproval {

    private final BatchQueries queries;
    private final ApprovalDigest digest;
    private final AuditTrail audit;

    public BatchApproval(BatchQueries queries, ApprovalDigest digest, AuditTrail audit) {
        this.queries = queries;
        this.digest = digest;
        this.audit = audit;
    }

    @Transactional
    public BatchView approve(UUID id, String user) {
        DeliveryBatch batch = DeliveryBatch.<DeliveryBatch> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new UnknownEntryException("There is no batch with this id."));
        if (batch.createdBy.equals(user) || user.equals(batch.changedBy)) {
            throw new FourEyesException();
        }
        if (batch.status != DeliveryBatch.Status.AWAITING_APPROVAL) {
            throw new BatchStateException("The batch is " + batch.status + "; only a batch awaiting approval can be approved.");
        }
        batch.approvedDigest = digest.of(batch);
        batch.status = DeliveryBatch.Status.APPROVED;
        batch.approvedBy = user;
        batch.approvedAt = Instant.now();
        audit.record(user, "batch.approve", batch.id.toString(), Map.of("petition", batch.petitionSlug,
                "digest", batch.approvedDigest));
        Log.infof("batch %s approved", batch.id);
        return queries.view(batch);
    }
}
