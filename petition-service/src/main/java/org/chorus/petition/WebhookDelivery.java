package org.chorus.petition;

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
 * One event for a partner's webhook, and the log of its delivery. Written in the transaction of the change it
 * reports; sent by webhook/WebhookDispatcher, which claims due rows with a lease and never holds a transaction while
 * the partner answers. The payload (which may carry a signer's name and email) is erased once delivered or cancelled.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /** PENDING until delivered, or FAILED after the last attempt, or CANCELLED when the signature left before. */
    public enum Status { PENDING, DELIVERED, FAILED, CANCELLED }

    @Id
    public UUID id;

    public String partner;

    @Column(name = "signature_id")
    public UUID signatureId;

    @Column(name = "event_type")
    public String eventType;

    /** The exact JSON body sent on every attempt, encrypted with the signers' data key (see SignerDataCipher). */
    @Column(name = "payload_encrypted")
    public byte[] payloadEncrypted;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    /**
     * What went wrong on the last attempt, in a word (status, unreachable, timeout, connection; see
     * WebhookDeliveryView): never a partner's answer, nor what an address off the public internet would have answered.
     */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "lease_id")
    public UUID leaseId;

    @Column(name = "leased_until")
    public Instant leasedUntil;
}
