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
 * counts. Approved by someone other than its creator before anything is dispatched.
 */
@Entity
@Table(name = "delivery_batch")
public class DeliveryBatch extends PanacheEntityBase {

    public enum Status { AWAITING_APPROVAL, APPROVED, DISPATCHED }

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
}
