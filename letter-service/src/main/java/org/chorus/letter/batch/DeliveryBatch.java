package org.chorus.letter.batch;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One petition's letters to a set of targets, frozen at a cut-off: the counts and the manifest of the signatures it
 * counts. Approved by someone other than its creator (and than whoever changed it since) before anything is
 * dispatched; a change before dispatch (new recipients, a withdrawal) clears the approval.
 */
@Entity
@Table(name = "delivery_batch")
public class DeliveryBatch extends PanacheEntityBase {

    public enum Status { AWAITING_APPROVAL, APPROVED, DISPATCHED }

    /** Why a batch was changed after its creation, and so needs approving again. */
    public enum Change { RECIPIENTS_REFRESHED, SIGNATURE_WITHDRAWN }

    @Id
    public UUID id;

    @Column(name = "petition_id")
    public UUID petitionId;

    @Column(name = "petition_slug")
    public String petitionSlug;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant cutoff;

    @Column(name = "target_group")
    public String targetGroup;

    public long total;

    /** JSON object of country code to count. */
    @Column(name = "by_country")
    public String byCountry;

    @Column(name = "ids_sha256")
    public String idsSha256;

    @Column(name = "merkle_root")
    public String merkleRoot;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "dispatched_by")
    public String dispatchedBy;

    /** SHA-256 of what the approver approved (ApprovalDigest); null while not approved. */
    @Column(name = "approved_digest")
    public String approvedDigest;

    /** The last person who changed the batch after its creation: they may not approve it either. */
    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_reason")
    public Change changeReason;

    /** Back to AWAITING_APPROVAL after a change: the approval was of something else. */
    void changed(Change reason, String by, Instant at) {
        status = Status.AWAITING_APPROVAL;
        approvedBy = null;
        approvedAt = null;
        approvedDigest = null;
        changeReason = reason;
        changedAt = at;
        if (by != null) {
            changedBy = by;
        }
    }
}
