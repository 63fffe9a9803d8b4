package org.chorus.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.audit.AuditTrail;
import org.chorus.audit.StaffActor;
import org.chorus.notification.EmailMessage;
import org.chorus.notification.crypto.PersonalDataCipher;
import org.chorus.notification.mail.Bounces;
import org.chorus.notification.mail.MessageIds;
import org.chorus.notification.mail.SmtpFailure;
import org.chorus.notification.rest.dto.BounceReport;
import org.chorus.notification.rest.dto.EmailPage;
import org.chorus.notification.rest.dto.EmailView;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * What staff do with emails: list them, send a FAILED one again, record a bounce that came back later. The last two
 * are recorded in the audit trail (the email's id, never its address).
 */
@ApplicationScoped
public class StaffEmails {

    private final PersonalDataCipher cipher;
    private final OutgoingEmails outgoing;
    private final Bounces bounces;
    private final AuditTrail audit;
    private final StaffActor staff;

    public StaffEmails(PersonalDataCipher cipher, OutgoingEmails outgoing, Bounces bounces, AuditTrail audit,
            StaffActor staff) {
        this.cipher = cipher;
        this.outgoing = outgoing;
        this.bounces = bounces;
        this.audit = audit;
        this.staff = staff;
    }

    /** Newest first; each filter is optional. */
    @Transactional
    public EmailPage list(UUID petitionId, UUID batchId, EmailMessage.Status status, EmailMessage.Kind kind, int page,
            int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (batchId != null) {
            where.add("batchId = :batch");
            params.put("batch", batchId);
        }
        if (petitionId != null) {
            where.add("petitionId = :petition");
            params.put("petition", petitionId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        PanacheQuery<EmailMessage> query = EmailMessage.find(String.join(" and ", where),
                Sort.descending("createdAt").and("id"), params);
        List<EmailView> items = query.page(Page.of(page, size)).list().stream().map(this::view).toList();
        return new EmailPage(page, size, query.count(), items);
    }

    /** A FAILED email goes back into the queue with a fresh count of attempts. */
    @Transactional
    public EmailView resend(UUID id) {
        EmailMessage message = EmailMessage.<EmailMessage> findByIdOptional(id).orElseThrow(EmailNotFoundException::new);
        if (message.status != EmailMessage.Status.FAILED) {
            throw new EmailStateException("Only a FAILED email can be sent again; this one is " + message.status + ".");
        }
        if (message.recipientEncrypted == null && !message.kind.isUpdate()) {
            throw new EmailStateException("This email's recipient was erased; it cannot be sent again.");
        }
        message.status = EmailMessage.Status.QUEUED;
        message.attempts = 0;
        message.failedAt = null;
        message.nextAttemptAt = Instant.now();
        outgoing.wakeTheSender();
        audit.record(staff.name(), "email.resend", message.id.toString(), Map.of("kind", message.kind.name()));
        Log.infof("message %s (%s) queued again by staff", message.id, message.kind);
        return view(message);
    }

    /** A hard bounce of a sent email makes it BOUNCED and suppresses its address; a soft one changes nothing. */
    @Transactional
    public EmailView bounce(BounceReport report) {
        UUID id = MessageIds.emailIdOf(report.messageId()).orElseThrow(EmailNotFoundException::new);
        EmailMessage message = EmailMessage.<EmailMessage> findByIdOptional(id).orElseThrow(EmailNotFoundException::new);
        if (!report.hard() || message.status == EmailMessage.Status.BOUNCED) {
            audited(message, report, false);
            return view(message);
        }
        if (message.status != EmailMessage.Status.SENT) {
            throw new EmailStateException("Only a sent email can bounce; this one is " + message.status + ".");
        }
        String diagnostic = report.diagnostic() == null ? "" : ": " + SmtpFailure.safe(report.diagnostic());
        bounces.bounced(message, "bounce reported" + diagnostic);
        audited(message, report, true);
        return view(message);
    }

    /** The diagnostic stays out: a mail server's text may quote the address. */
    private void audited(EmailMessage message, BounceReport report, boolean applied) {
        audit.record(staff.name(), "bounce.record", message.id.toString(), Map.of("kind", message.kind.name(),
                "type", report.type(), "applied", applied));
    }

    private EmailView view(EmailMessage m) {
        String recipient = m.recipientEncrypted == null ? null : mask(cipher.decrypt(m.recipientEncrypted));
        return new EmailView(m.id, m.kind.name(), m.status.name(), recipient, m.subject, m.locale, m.attempts,
                m.createdAt, m.sentAt, m.failedAt, m.bouncedAt, m.lastError, m.signatureId, m.petitionId, m.letterId,
                m.batchId);
    }

    /** {@code aung.san@example.org} becomes {@code a•••@example.org}: enough to tell two apart, not to write to. */
    static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return address.charAt(0) + "•••" + address.substring(at);
    }
}
