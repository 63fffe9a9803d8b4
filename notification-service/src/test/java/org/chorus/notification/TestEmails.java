package org.chorus.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.notification.crypto.AddressHasher;
import org.chorus.notification.crypto.PersonalDataCipher;

/** Reads email rows straight from the database, for tests of what was stored. */
@ApplicationScoped
public class TestEmails {

    private final EntityManager em;
    private final PersonalDataCipher cipher;
    private final AddressHasher hasher;

    public TestEmails(EntityManager em, PersonalDataCipher cipher, AddressHasher hasher) {
        this.em = em;
        this.cipher = cipher;
        this.hasher = hasher;
    }

    /** The reason this address is on the suppression list, if it is. */
    @Transactional
    public Optional<String> suppressedBecause(String address) {
        return em.createNativeQuery("SELECT reason FROM suppression WHERE address_hash = :hash", String.class)
                .setParameter("hash", hasher.hash(address))
                .getResultStream().findFirst();
    }

    /**
     * Queues one email per address in one transaction, as if they had been committed just before a crash: nothing
     * wakes the sender, so only its own polling can find them.
     *
     * @return the event id of each email, in the order of the addresses
     */
    @Transactional
    public List<UUID> queueWithoutWakingTheSender(List<String> addresses) {
        return addresses.stream().map(address -> queue(address, Instant.now(), Instant.now())).toList();
    }

    /** Queues an email created at {@code createdAt} that is due only in a day. @return its event id */
    @Transactional
    public UUID queueNotDueUntilTomorrow(String address, Instant createdAt) {
        return queue(address, createdAt, Instant.now().plusSeconds(86_400));
    }

    /** Queues {@code count} confirmations, due only in a day, in one transaction. @return their event ids */
    @Transactional
    public List<UUID> queueManyNotDueUntilTomorrow(long count) {
        Instant tomorrow = Instant.now().plusSeconds(86_400);
        return LongStream.range(0, count)
                .mapToObj(i -> queue(SignatureEvents.newEmail(), Instant.now(), tomorrow, UUID.randomUUID())).toList();
    }

    /** Queues an email about this signature that is due only in a day. @return its event id */
    @Transactional
    public UUID queueNotDueUntilTomorrow(String address, UUID signatureId) {
        return queue(address, Instant.now(), Instant.now().plusSeconds(86_400), signatureId);
    }

    /** Queues a milestone update to this signer as the fan-out does, without address or bodies. @return its event id */
    @Transactional
    public UUID queueUpdate(UUID signatureId, UUID petitionId) {
        EmailMessage m = new EmailMessage();
        m.id = UUID.randomUUID();
        m.eventId = UUID.randomUUID();
        m.signatureId = signatureId;
        m.petitionId = petitionId;
        m.kind = EmailMessage.Kind.MILESTONE;
        m.templateValues = "{\"petitionSlug\":\"myanmar-arms-embargo\",\"petitionTitle\":\"T\",\"milestone\":20,\"total\":20}";
        m.locale = "en";
        m.status = EmailMessage.Status.QUEUED;
        m.nextAttemptAt = Instant.now();
        m.createdAt = Instant.now();
        m.persist();
        return m.eventId;
    }

    /** A letter to this address that was due at {@code dueAt} but, after failed attempts, went only at {@code sentAt}. */
    @Transactional
    public void sentLetter(String address, Instant dueAt, Instant sentAt) {
        EmailMessage m = new EmailMessage();
        m.id = UUID.randomUUID();
        m.eventId = UUID.randomUUID();
        m.kind = EmailMessage.Kind.LETTER;
        m.recipientHash = hasher.hash(address);
        m.subject = "A letter sent late";
        m.locale = "en";
        m.status = EmailMessage.Status.SENT;
        m.attempts = 3;
        m.nextAttemptAt = dueAt;
        m.createdAt = dueAt;
        m.sentAt = sentAt;
        m.persist();
    }

    /**
     * An email of this kind and status about a signature of this petition, created at {@code createdAt}; a queued one
     * is due only in a day, so that the sender leaves it alone. @return its event id
     */
    @Transactional
    public UUID store(UUID petitionId, EmailMessage.Kind kind, EmailMessage.Status status, Instant createdAt) {
        EmailMessage m = new EmailMessage();
        m.id = UUID.randomUUID();
        m.eventId = UUID.randomUUID();
        m.signatureId = UUID.randomUUID();
        m.petitionId = petitionId;
        m.kind = kind;
        m.recipientEncrypted = status == EmailMessage.Status.QUEUED ? cipher.encrypt(SignatureEvents.newEmail()) : null;
        m.subject = "Counted";
        m.locale = "en";
        m.status = status;
        m.nextAttemptAt = status == EmailMessage.Status.QUEUED ? Instant.now().plusSeconds(86_400) : createdAt;
        m.createdAt = createdAt;
        m.sentAt = status == EmailMessage.Status.SENT ? createdAt : null;
        m.persist();
        return m.eventId;
    }

    /** Puts an address on the suppression list, as an unsubscribe does. */
    @Transactional
    public void suppress(String address) {
        em.createNativeQuery("INSERT INTO suppression (address_hash, reason, created_at) VALUES (:hash, 'UNSUBSCRIBED', now())")
                .setParameter("hash", hasher.hash(address)).executeUpdate();
    }

    /** A confirmation to this address in {@code status} (FAILED: its attempts spent; SENT: accepted). @return its id */
    @Transactional
    public UUID confirmationIn(EmailMessage.Status status, String address) {
        EmailMessage m = queue(address, Instant.now(), Instant.now().plusSeconds(86_400), null, status);
        m.recipientHash = hasher.hash(address);
        return m.id;
    }

    private UUID queue(String address, Instant createdAt, Instant due) {
        return queue(address, createdAt, due, null);
    }

    private UUID queue(String address, Instant createdAt, Instant due, UUID signatureId) {
        return queue(address, createdAt, due, signatureId, EmailMessage.Status.QUEUED).eventId;
    }

    private EmailMessage queue(String address, Instant createdAt, Instant due, UUID signatureId,
            EmailMessage.Status status) {
        EmailMessage m = new EmailMessage();
        m.id = UUID.randomUUID();
        m.eventId = UUID.randomUUID();
        m.signatureId = signatureId;
        m.kind = EmailMessage.Kind.CONFIRMATION;
        m.recipientEncrypted = cipher.encrypt(address);
        m.subject = "Queued before a restart";
        m.textBodyEncrypted = cipher.encrypt("text");
        m.htmlBodyEncrypted = cipher.encrypt("<p>html</p>");
        m.locale = "en";
        m.status = status;
        m.nextAttemptAt = due;
        m.createdAt = createdAt;
        m.persist();
        return m;
    }

    /** The confirmation and thank-you emails that wait to be sent, as the intake limit counts them. */
    @Transactional
    public long queuedSignerEmails() {
        return EmailMessage.queuedOf(List.of(EmailMessage.Kind.CONFIRMATION, EmailMessage.Kind.THANK_YOU));
    }

    @Transactional
    public void delete(UUID eventId) {
        EmailMessage.delete("eventId", eventId);
    }

    /**
     * Removes the confirmation and thank-you emails that wait for a time after {@code after}: what earlier tests, and
     * earlier runs against the same database, queued for tomorrow. @return how many
     */
    @Transactional
    public long deleteQueuedSignerEmailsDueAfter(Instant after) {
        return EmailMessage.delete("status = ?1 and kind in ?2 and nextAttemptAt > ?3", EmailMessage.Status.QUEUED,
                List.of(EmailMessage.Kind.CONFIRMATION, EmailMessage.Kind.THANK_YOU), after);
    }

    @Transactional
    public void delete(List<UUID> eventIds) {
        EmailMessage.delete("eventId in ?1", eventIds);
    }

    @Transactional
    public List<EmailMessage> forEvent(UUID eventId) {
        return EmailMessage.list("eventId", eventId);
    }

    @Transactional
    public EmailMessage oneForEvent(UUID eventId) {
        List<EmailMessage> rows = forEvent(eventId);
        if (rows.size() != 1) {
            throw new AssertionError("expected one email for event " + eventId + ", found " + rows.size());
        }
        return rows.get(0);
    }

    /** The file stored for this email to carry, if one still is. */
    @Transactional
    public Optional<EmailAttachment> attachment(UUID emailId) {
        return EmailAttachment.<EmailAttachment> findByIdOptional(emailId);
    }

    @Transactional
    public Optional<Signer> signer(UUID signatureId) {
        return Signer.findByIdOptional(signatureId);
    }

    @Transactional
    public boolean processed(UUID eventId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1;
    }

    /** A signer as Signers keeps them, pending until {@code pendingUntil}, confirmed or not. @return its signature id */
    @Transactional
    public UUID signer(Instant pendingUntil, boolean confirmed) {
        Signer s = new Signer();
        s.signatureId = UUID.randomUUID();
        s.petitionId = UUID.randomUUID();
        s.petitionSlug = "expiry-test";
        s.petitionTitle = "Expiry test";
        s.recipientEncrypted = cipher.encrypt(SignatureEvents.newEmail());
        s.addressHash = hasher.hash(SignatureEvents.newEmail());
        s.nameEncrypted = cipher.encrypt("Aung San");
        s.withdrawTokenEncrypted = cipher.encrypt("token-0123456789abcdefghij");
        s.locale = "en";
        s.pendingUntil = pendingUntil;
        s.confirmedAt = confirmed ? Instant.now() : null;
        s.persist();
        return s.signatureId;
    }

    /** The whole row as JSON text, every column included, to search it for what must not be there. */
    @Transactional
    public String rowAsText(UUID eventId) {
        return (String) em.createNativeQuery("SELECT row_to_json(e)::text FROM email_message e WHERE event_id = :id")
                .setParameter("id", eventId)
                .getSingleResult();
    }
}
