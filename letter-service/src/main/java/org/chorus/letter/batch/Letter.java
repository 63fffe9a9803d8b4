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
 * A batch's letter to one target, in the target's language. Written again only before dispatch, when the batch
 * changed (LetterRewriter: a withdrawal, new recipients), which asks for a new approval; after dispatch only its
 * status changes.
 */
@Entity
@Table(name = "letter")
public class Letter extends PanacheEntityBase {

    public enum Status { DRAFT, QUEUED, SENT, FAILED, BOUNCED }

    @Id
    public UUID id;

    @Column(name = "batch_id")
    public UUID batchId;

    @Column(name = "target_id")
    public UUID targetId;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "target_name")
    public String targetName;

    public String locale;

    public String subject;

    public String html;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "status_at")
    public Instant statusAt;
}
