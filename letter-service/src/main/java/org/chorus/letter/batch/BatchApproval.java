package org.chorus.letter.batch;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.chorus.letter.rest.dto.BatchView;
import org.chorus.letter.service.UnknownEntryException;

import io.quarkus.logging.Log;

/**
 * Four eyes: a batch is approved by a user with role approver who did not create it, once. After approval nothing
 * of the batch or its letters changes but their delivery status.
 */
@ApplicationScoped
public class BatchApproval {

    private final BatchQueries queries;

    public BatchApproval(BatchQueries queries) {
        this.queries = queries;
    }

    @Transactional
    public BatchView approve(UUID id, String user) {
        DeliveryBatch batch = DeliveryBatch.<DeliveryBatch> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new UnknownEntryException("There is no batch with this id."));
        if (batch.createdBy.equals(user)) {
            throw new FourEyesException();
        }
        if (batch.status != DeliveryBatch.Status.AWAITING_APPROVAL) {
            throw new BatchStateException("The batch is " + batch.status + "; only a batch awaiting approval can be approved.");
        }
        batch.status = DeliveryBatch.Status.APPROVED;
        batch.approvedBy = user;
        batch.approvedAt = Instant.now();
        Log.infof("batch %s approved", batch.id);
        return queries.view(batch);
    }
}
