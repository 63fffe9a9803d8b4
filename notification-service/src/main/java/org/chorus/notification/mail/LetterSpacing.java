package org.chorus.notification.mail;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.config.NotificationConfig;

/**
 * Letters to one address leave at least {@code letter-spacing} apart. Each gets its slot when it is queued
 * (service/LetterEmails), but a letter whose attempt failed goes later than its slot, and the next one to that
 * address would then follow it too closely; so the rule is checked again, against the letters actually sent, just
 * before a letter goes. A lock on the address, held until the sending transaction ends, makes two replicas take turns.
 */
@ApplicationScoped
public class LetterSpacing {

    private final EntityManager em;
    private final Duration spacing;

    public LetterSpacing(EntityManager em, NotificationConfig config) {
        this.em = em;
        this.spacing = config.sender().letterSpacing();
    }

    /** @return when this letter may go: {@code now}, or {@code letter-spacing} after the last letter sent to its address */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant earliestSend(EmailMessage letter, Instant now) {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(:key)) locked")
                .setParameter("key", lockKey(letter.recipientHash))
                .getSingleResult();
        Instant lastSent = (Instant) em.createNativeQuery("""
                SELECT max(sent_at) FROM email_message
                WHERE kind = 'LETTER' AND recipient_hash = :hash AND status = 'SENT'""", Instant.class)
                .setParameter("hash", letter.recipientHash)
                .getSingleResult();
        if (lastSent == null) {
            return now;
        }
        Instant earliest = lastSent.plus(spacing);
        return earliest.isAfter(now) ? earliest : now;
    }

    /** The keyed hash is uniform, so its first 8 bytes make a lock key that two addresses share only by chance. */
    private static long lockKey(byte[] recipientHash) {
        return ByteBuffer.wrap(recipientHash, 0, Long.BYTES).getLong();
    }
}
