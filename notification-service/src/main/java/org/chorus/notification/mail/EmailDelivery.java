package org.chorus.notification.mail;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailAttachment;
import org.chorus.notification.EmailMessage;
import org.chorus.notification.config.NotificationConfig;
import org.chorus.notification.messaging.DeliveryEvents;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * One delivery attempt of the email that is due first. The row stays locked while SMTP talks (bounded by
 * {@code quarkus.mailer.timeout}), so no other replica can send it at the same time; the outcome commits with it.
 */
@ApplicationScoped
public class EmailDelivery {

    /**
     * HELD: the recipient's domain is at its hourly limit, or a letter went to the same address too recently, and the
     * message waits for its slot (not an attempt).
     * SUPPRESSED: nothing to send any more (the signer withdrew or unsubscribed since it was queued).
     */
    public enum Outcome { NONE_DUE, SENT, HELD, SUPPRESSED, RETRY_LATER, FAILED, BOUNCED }

    private final Mailer mailer;
    private final MailComposer composer;
    private final MessageIds messageIds;
    private final DeliveryEvents events;
    private final Bounces bounces;
    private final RetryPolicy retries;
    private final DeliveryMetrics metrics;
    private final DomainRates domains;
    private final LetterSpacing letterSpacing;

    public EmailDelivery(Mailer mailer, MailComposer composer, MessageIds messageIds, DeliveryEvents events,
            Bounces bounces, DeliveryMetrics metrics, LetterSpacing letterSpacing, NotificationConfig config) {
        this.mailer = mailer;
        this.composer = composer;
        this.messageIds = messageIds;
        this.events = events;
        this.bounces = bounces;
        this.retries = RetryPolicy.of(config.sender());
        this.metrics = metrics;
        this.domains = new DomainRates(config.sender().perDomainPerHour(), config.sender().domainPerHour());
        this.letterSpacing = letterSpacing;
    }

    @Transactional
    public Outcome deliverNext() {
        Optional<EmailMessage> due = EmailMessage.nextDueLocked(Instant.now());
        if (due.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        EmailMessage message = due.get();
        MailComposer.Composed composed;
        try {
            composed = composer.compose(message);
        } catch (IllegalStateException e) {
            // Retrying cannot help a row that the configured key cannot open, and it must not block the queue.
            message.attempts++;
            return giveUp(message, "the stored message cannot be decrypted with chorus.notification.data-key");
        }
        if (composed.mail() == null) {
            message.markSuppressed(composed.notSentBecause());
            Log.infof("message %s (%s) not sent: %s", message.id, message.kind, composed.notSentBecause());
            return Outcome.SUPPRESSED;
        }
        Mail mail = composed.mail();
        Instant now = Instant.now();
        if (message.kind == EmailMessage.Kind.LETTER) {
            Instant spaced = letterSpacing.earliestSend(message, now);
            if (spaced.isAfter(now)) {
                message.postponeTo(spaced);
                return Outcome.HELD;
            }
        }
        if (!message.hasSlotAt(now)) {
            Instant slot = domains.slotFor(mail.getTo().get(0), now);
            if (slot.isAfter(now)) {
                message.holdUntil(slot);
                return Outcome.HELD;
            }
        }
        message.attempts++;
        try {
            mailer.send(mail.addHeader("Message-ID", messageIds.of(message.id)));
        } catch (RuntimeException e) {
            return afterFailure(message, SmtpFailure.of(e));
        }
        message.markSent(Instant.now());
        // a sent letter is never sent again, and its PDF may name signatories
        EmailAttachment.eraseFor(message);
        events.sent(message);
        metrics.sent(message.kind);
        Log.infof("sent message %s (%s) on attempt %d", message.id, message.kind, message.attempts);
        return Outcome.SENT;
    }

    @Transactional
    public EmailMessage.Queue queue() {
        return EmailMessage.queue();
    }

    private Outcome afterFailure(EmailMessage message, SmtpFailure failure) {
        if (failure.addressRejected()) {
            bounces.bounced(message, failure.description());
            return Outcome.BOUNCED;
        }
        Optional<Instant> next = retries.nextAttempt(message.attempts, failure, Instant.now());
        if (next.isEmpty()) {
            return giveUp(message, failure.description());
        }
        message.retryAt(next.get(), failure.description());
        metrics.retried(message.kind);
        Log.warnf("message %s (%s): attempt %d failed (%s); next attempt at %s", message.id, message.kind,
                message.attempts, failure.description(), next.get());
        return Outcome.RETRY_LATER;
    }

    private Outcome giveUp(EmailMessage message, String reason) {
        message.markFailed(reason, Instant.now());
        events.failed(message);
        metrics.failed(message.kind);
        Log.errorf("message %s (%s) FAILED after %d attempt(s): %s", message.id, message.kind, message.attempts, reason);
        return Outcome.FAILED;
    }
}
