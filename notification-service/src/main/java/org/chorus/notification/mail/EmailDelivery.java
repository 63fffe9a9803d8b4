package org.chorus.notification.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.config.NotificationConfig;
import org.chorus.notification.crypto.PersonalDataCipher;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * One delivery attempt of the email that is due first. The row stays locked while SMTP talks (bounded by
 * {@code quarkus.mailer.timeout}), so no other replica can send it at the same time; the outcome commits with it.
 */
@ApplicationScoped
public class EmailDelivery {

    /** HELD: the recipient's domain is at its hourly limit, and the message waits for its slot (not an attempt). */
    public enum Outcome { NONE_DUE, SENT, HELD, RETRY_LATER, FAILED }

    private final Mailer mailer;
    private final PersonalDataCipher cipher;
    private final RetryPolicy retries;
    private final DeliveryMetrics metrics;
    private final String from;
    private final DomainRates domains;

    public EmailDelivery(Mailer mailer, PersonalDataCipher cipher, DeliveryMetrics metrics, NotificationConfig config) {
        this.mailer = mailer;
        this.cipher = cipher;
        this.retries = RetryPolicy.of(config.sender());
        this.metrics = metrics;
        this.from = config.from();
        this.domains = new DomainRates(config.sender().perDomainPerHour(), config.sender().domainPerHour());
    }

    @Transactional
    public Outcome deliverNext() {
        Optional<EmailMessage> due = EmailMessage.nextDueLocked(Instant.now());
        if (due.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        EmailMessage message = due.get();
        Mail mail;
        try {
            mail = toMail(message);
        } catch (IllegalStateException e) {
            // Retrying cannot help a row that the configured key cannot open, and it must not block the queue.
            message.attempts++;
            return giveUp(message, "the stored message cannot be decrypted with chorus.notification.data-key");
        }
        Instant now = Instant.now();
        if (!message.hasSlotAt(now)) {
            Instant slot = domains.slotFor(mail.getTo().get(0), now);
            if (slot.isAfter(now)) {
                message.holdUntil(slot);
                return Outcome.HELD;
            }
        }
        message.attempts++;
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            return afterFailure(message, SmtpFailure.of(e));
        }
        message.markSent(Instant.now());
        metrics.sent(message.kind);
        Log.infof("sent message %s (%s) on attempt %d", message.id, message.kind, message.attempts);
        return Outcome.SENT;
    }

    @Transactional
    public EmailMessage.Queue queue() {
        return EmailMessage.queue();
    }

    private Mail toMail(EmailMessage message) {
        return new Mail()
                .setFrom(from)
                .setTo(List.of(cipher.decrypt(message.recipientEncrypted)))
                .setSubject(message.subject)
                .setText(cipher.decrypt(message.textBodyEncrypted))
                .setHtml(cipher.decrypt(message.htmlBodyEncrypted));
    }

    private Outcome afterFailure(EmailMessage message, SmtpFailure failure) {
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
        message.markFailed(reason);
        metrics.failed(message.kind);
        Log.errorf("message %s (%s) FAILED after %d attempt(s): %s", message.id, message.kind, message.attempts, reason);
        return Outcome.FAILED;
    }
}
