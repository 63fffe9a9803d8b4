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

/** What came back from a target after a letter was sent: an acknowledgement of receipt, or a reply. */
@Entity
@Table(name = "letter_reply")
public class LetterReply extends PanacheEntityBase {

    public enum Kind { ACKNOWLEDGED, REPLIED }

    @Id
    public UUID id;

    @Column(name = "letter_id")
    public UUID letterId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String summary;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
