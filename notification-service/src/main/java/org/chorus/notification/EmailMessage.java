package org.chorus.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One email and its delivery status. The recipient and bodies are encrypted (see PersonalDataCipher) and erased
 * once the message is sent, so a sent row is a log entry without personal data.
 */
@Entity
@Table(name = "email_message")
public class EmailMessage extends PanacheEntityBase {

    public enum Kind {
        CONFIRMATION, THANK_YOU, MILESTONE, LETTER, DELIVERED;

        /**
         * Kinds that a signer did not just ask for: they go only to signers who asked for updates, carry an
         * unsubscribe link, skip suppressed addresses, and are rendered from the signer when their turn comes.
         */
        public boolean isUpdate() {
            return this == MILESTONE || this == DELIVERED;
        }

        /** The folder of the kind's templates under emails/. */
        public String templates() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * BOUNCED: the recipient's server refused the address, at once or in a bounce reported later. SUPPRESSED: not
     * sent, because the signer unsubscribed or withdrew before its turn came.
     */
    public enum Status { QUEUED, SENT, FAILED, BOUNCED, SUPPRESSED }

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** The signature an email to a signer is about; a withdrawal erases its queued emails. */
    @Column(name = "signature_id")
    public UUID signatureId;

    @Column(name = "petition_id")
    public UUID petitionId;

    /** The letter (letter-service) an email to a target carries; its delivery report names it. */
    @Column(name = "letter_id")
    public UUID letterId;

    /** The delivery batch (letter-service) a letter or a delivered notice belongs to. */
    @Column(name = "batch_id")
    public UUID batchId;

    @Column(name = "recipient_encrypted")
    public byte[] recipientEncrypted;

    /** The recipient's keyed hash (crypto/AddressHasher): what a bounce or an unsubscribe is matched by. */
    @Column(name = "recipient_hash")
    public byte[] recipientHash;

    /**
     * For an email to many signers (a milestone update): the JSON values it is rendered with when its turn comes,
     * from its signer's row; it then has neither recipient nor bodies while queued.
     */
    @Column(name = "template_values")
    public String templateValues;

    public String subject;

    @Column(name = "text_body_encrypted")
    public byte[] textBodyEncrypted;

    @Column(name = "html_body_encrypted")
    public byte[] htmlBodyEncrypted;

    public String locale;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "bounced_at")
    public Instant bouncedAt;

    @Column(name = "last_error")
    public String lastError;

    /** Set while the message waits for the slot its recipient domain's limit gave it (mail/DomainRates). */
    @Column(name = "throttled_until")
    public Instant throttledUntil;

    /**
     * The queued message that is due first, locked and skipped by everyone else while locked: two replicas never
     * pick the same message, and neither waits for the other.
     */
    public static Optional<EmailMessage> nextDueLocked(Instant now) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM email_message
                WHERE status = 'QUEUED' AND next_attempt_at <= :now
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", EmailMessage.class)
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
    }

    /** How many messages wait, and since when the oldest of them: one pass over the queue for both. */
    public record Queue(long count, Instant oldestCreatedAt) {
    }

    /** How many messages of these kinds wait to be sent (index email_message_queued_kind). */
    public static long queuedOf(Collection<Kind> kinds) {
        return getEntityManager()
                .createQuery("select count(m) from EmailMessage m where m.status = :queued and m.kind in :kinds",
                        Long.class)
                .setParameter("queued", Status.QUEUED)
                .setParameter("kinds", kinds)
                .getSingleResult();
    }

    public static Queue queue() {
        Object[] row = (Object[]) getEntityManager()
                .createQuery("select count(m), min(m.createdAt) from EmailMessage m where m.status = :queued")
                .setParameter("queued", Status.QUEUED)
                .getSingleResult();
        return new Queue(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    public void markSent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        lastError = null;
        throttledUntil = null;
        erasePersonalData();
    }

    public void retryAt(Instant at, String error) {
        nextAttemptAt = at;
        lastError = error;
        throttledUntil = null;
    }

    /** Held back for its recipient domain: not an attempt, and sent at {@code slot} without asking the limit again. */
    public void holdUntil(Instant slot) {
        nextAttemptAt = slot;
        throttledUntil = slot;
    }

    /** Waits, without an attempt, until {@code at}; a slot the domain limit already gave is kept. */
    public void postponeTo(Instant at) {
        nextAttemptAt = at;
    }

    /** Whether the domain limit already gave this message the slot it is due at. */
    public boolean hasSlotAt(Instant now) {
        return throttledUntil != null && !now.isBefore(throttledUntil);
    }

    public void markSuppressed(String reason) {
        status = Status.SUPPRESSED;
        lastError = reason;
        throttledUntil = null;
        erasePersonalData();
    }

    public void markFailed(String error, Instant at) {
        status = Status.FAILED;
        failedAt = at;
        lastError = error;
    }

    /** The address does not exist or takes no mail: nothing about this email is worth keeping but the log line. */
    public void markBounced(String reason, Instant at) {
        status = Status.BOUNCED;
        bouncedAt = at;
        lastError = reason;
        throttledUntil = null;
        erasePersonalData();
    }

    private void erasePersonalData() {
        recipientEncrypted = null;
        textBodyEncrypted = null;
        htmlBodyEncrypted = null;
    }
}
