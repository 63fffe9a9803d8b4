package org.chorus.petition;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting to be relayed to Kafka: written in the transaction of the change it reports. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    public UUID id;

    public String topic;

    @Column(name = "record_key")
    public String recordKey;

    /** Only in rows written before the outbox was encrypted. */
    @Column(name = "cloud_event")
    public String cloudEvent;

    /** The CloudEvent, encrypted with the signers' data key (see SignerDataCipher). */
    @Column(name = "cloud_event_encrypted")
    public byte[] cloudEventEncrypted;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
