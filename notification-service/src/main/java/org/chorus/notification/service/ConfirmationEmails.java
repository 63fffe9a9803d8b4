package org.chorus.notification.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.crypto.PersonalDataCipher;
import org.chorus.notification.events.SignatureSubmitted;
import org.chorus.notification.mail.ConfirmationTemplates;
import org.chorus.notification.mail.EmailQueued;
import org.chorus.notification.mail.RenderedEmail;

import io.quarkus.logging.Log;

/**
 * Queues the confirmation email of a new signature. The event id and the queued email commit in one transaction,
 * so a redelivered event queues nothing, and a crash before the email is sent loses nothing (it stays QUEUED).
 */
@ApplicationScoped
public class ConfirmationEmails {

    private final ProcessedEvents processed;
    private final ConfirmationTemplates templates;
    private final PersonalDataCipher cipher;
    private final Event<EmailQueued> queued;

    public ConfirmationEmails(ProcessedEvents processed, ConfirmationTemplates templates, PersonalDataCipher cipher,
            Event<EmailQueued> queued) {
        this.processed = processed;
        this.templates = templates;
        this.cipher = cipher;
        this.queued = queued;
    }

    @Transactional
    public void queue(UUID eventId, SignatureSubmitted submitted) {
        if (!processed.firstTime(eventId)) {
            Log.debugf("event %s was already handled", eventId);
            return;
        }
        RenderedEmail email = templates.render(submitted);
        Instant now = Instant.now();
        EmailMessage message = new EmailMessage();
        message.id = UUID.randomUUID();
        message.eventId = eventId;
        message.kind = EmailMessage.Kind.CONFIRMATION;
        message.recipientEncrypted = cipher.encrypt(submitted.email().trim());
        message.subject = email.subject();
        message.textBodyEncrypted = cipher.encrypt(email.text());
        message.htmlBodyEncrypted = cipher.encrypt(email.html());
        message.locale = email.locale();
        message.status = EmailMessage.Status.QUEUED;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.createdAt = now;
        message.persist();
        queued.fire(new EmailQueued(message.id));
        Log.infof("queued confirmation message %s for signature %s (locale %s)", message.id, submitted.signatureId(),
                email.locale());
    }
}
