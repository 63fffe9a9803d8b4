package org.chorus.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.Signer;
import org.chorus.notification.crypto.AddressHasher;
import org.chorus.notification.crypto.PersonalDataCipher;
import org.chorus.notification.events.SignatureSubmitted;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * The signers this service may write to again, kept from {@code signature.submitted}. A signature that is
 * withdrawn or invalidated takes its signer and its unsent emails with it, and its id is remembered: removal is
 * final, so nothing read about it later brings the signer back. One never confirmed is forgotten a day after its
 * confirm link expired.
 */
@ApplicationScoped
public class Signers {

    /** A confirmation made just before the link expired may reach us a little later. */
    private static final Duration CONFIRMATION_GRACE = Duration.ofDays(1);
    /** A submitted event without an expiry (none is produced so) keeps its signer this long unconfirmed. */
    private static final Duration UNKNOWN_EXPIRY = Duration.ofDays(30);

    private final PersonalDataCipher cipher;
    private final AddressHasher hasher;
    private final EntityManager em;

    public Signers(PersonalDataCipher cipher, AddressHasher hasher, EntityManager em) {
        this.cipher = cipher;
        this.hasher = hasher;
        this.em = em;
    }

    /** Whether the signature was withdrawn or invalidated: then it gets no email of any kind again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean removed(UUID signatureId) {
        return !em.createNativeQuery("SELECT 1 FROM removed_signature WHERE signature_id = :id")
                .setParameter("id", signatureId)
                .getResultList().isEmpty();
    }

    /** A repeated submission of the same signature (a resent confirmation) brings its latest details. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(SignatureSubmitted s) {
        Signer signer = Signer.<Signer> findByIdOptional(s.signatureId()).orElseGet(Signer::new);
        boolean isNew = signer.signatureId == null;
        signer.signatureId = s.signatureId();
        signer.petitionId = s.petitionId();
        signer.petitionSlug = s.petitionSlug();
        signer.petitionTitle = s.petitionTitle().trim();
        signer.recipientEncrypted = cipher.encrypt(s.email().trim());
        signer.addressHash = hasher.hash(s.email());
        signer.nameEncrypted = cipher.encrypt(s.name().trim());
        signer.withdrawTokenEncrypted = cipher.encrypt(s.withdrawToken());
        signer.locale = s.locale();
        signer.updatesConsent = s.wantsUpdates();
        Instant expires = s.confirmExpiresAt() != null ? s.confirmExpiresAt() : Instant.now().plus(UNKNOWN_EXPIRY);
        signer.pendingUntil = expires.plus(CONFIRMATION_GRACE);
        if (isNew) {
            signer.persist();
        }
    }

    /**
     * Erases the signer and every email to them that has not left yet, and remembers that the signature is gone;
     * what was sent stays as a log line without personal data. Doing it twice changes nothing, so a redelivered
     * event needs no memory of its id.
     */
    @Transactional
    public void forget(UUID signatureId) {
        em.createNativeQuery("INSERT INTO removed_signature (signature_id) VALUES (:id) ON CONFLICT DO NOTHING")
                .setParameter("id", signatureId)
                .executeUpdate();
        long signers = Signer.delete("signatureId", signatureId);
        long unsent = EmailMessage.delete("signatureId = ?1 and status = ?2", signatureId, EmailMessage.Status.QUEUED);
        Log.infof("signature %s removed: erased %d signer record(s) and %d unsent message(s)", signatureId, signers,
                unsent);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void forgetUnconfirmedAfterExpiry() {
        long forgotten = Signer.delete("confirmedAt is null and pendingUntil < ?1", Instant.now());
        if (forgotten > 0) {
            Log.infof("forgot %d signer(s) who never confirmed before their link expired", forgotten);
        }
    }
}
