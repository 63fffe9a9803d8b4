package org.chorus.notification.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.chorus.messaging.TimeOrderedUuids;
import org.chorus.notification.EmailMessage;
import org.chorus.notification.crypto.AddressHasher;
import org.chorus.notification.crypto.PersonalDataCipher;
import org.chorus.notification.mail.EmailQueued;
import org.chorus.notification.mail.RenderedEmail;

/**
 * Puts a rendered email into the outbox of emails to send, in the caller's transaction: it commits together with
 * the event id that caused it, and the sender is woken once it has. Recipient and bodies are stored encrypted.
 */
@ApplicationScoped
public class OutgoingEmails {

    private final PersonalDataCipher cipher;
    private final AddressHasher hasher;
    private final Event<EmailQueued> queued;

    public OutgoingEmails(PersonalDataCipher cipher, AddressHasher hasher, Event<EmailQueued> queued) {
        this.cipher = cipher;
        this.hasher = hasher;
        this.queued = queued;
    }

    /** What an email is about: the event that caused it, and its signature, petition, letter and batch if any. */
    public record Cause(UUID eventId, UUID signatureId, UUID petitionId, UUID letterId, UUID batchId) {

        public static Cause signature(UUID eventId, UUID signatureId, UUID petitionId) {
            return new Cause(eventId, signatureId, petitionId, null, null);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EmailMessage queue(EmailMessage.Kind kind, Cause cause, String recipient, RenderedEmail email) {
        Instant now = Instant.now();
        EmailMessage message = new EmailMessage();
        message.id = TimeOrderedUuids.next();
        message.eventId = cause.eventId();
        message.signatureId = cause.signatureId();
        message.petitionId = cause.petitionId();
        message.letterId = cause.letterId();
        message.batchId = cause.batchId();
        message.kind = kind;
        message.recipientEncrypted = cipher.encrypt(recipient.trim());
        message.recipientHash = hasher.hash(recipient);
        message.subject = email.subject();
        message.textBodyEncrypted = cipher.encrypt(email.text());
        message.htmlBodyEncrypted = cipher.encrypt(email.html());
        message.locale = email.locale();
        message.status = EmailMessage.Status.QUEUED;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.createdAt = now;
        message.persist();
        wakeTheSender();
        return message;
    }

    /** The sender looks for due emails as soon as the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void wakeTheSender() {
        queued.fire(new EmailQueued());
    }
}
