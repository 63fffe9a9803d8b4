package org.chorus.notification.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.messaging.UnreadableEventException;
import org.chorus.notification.EmailAttachment;
import org.chorus.notification.EmailMessage;
import org.chorus.notification.config.NotificationConfig;
import org.chorus.notification.crypto.PersonalDataCipher;
import org.chorus.notification.events.LetterDispatchRequested;
import org.chorus.notification.mail.RenderedEmail;

import io.quarkus.logging.Log;

/**
 * Queues a letter to each of its target's contacts. Letters to one address are spaced out (a ministry's inbox is
 * not flooded when batches follow each other): each is due {@code letter-spacing} after the last one queued for that
 * address, and mail/LetterSpacing holds it again if the one before went late. The event id and the queued emails commit together, so a redelivered event sends nothing twice. The
 * letter's PDF, when the event carries one, is attached to each email; a PDF that does not match its checksum makes
 * the event unreadable, as a letter is not sent with a damaged annex.
 */
@ApplicationScoped
public class LetterEmails {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n\\s*(\\n\\s*)+");
    private static final String PDF = "application/pdf";
    /** The width of email_attachment.filename: a longer name would fail the insert with a reason naming no field. */
    private static final int MAX_FILENAME = 200;

    private final ProcessedEvents processed;
    private final OutgoingEmails outgoing;
    private final PersonalDataCipher cipher;
    private final EntityManager em;
    private final Duration spacing;

    public LetterEmails(ProcessedEvents processed, OutgoingEmails outgoing, PersonalDataCipher cipher, EntityManager em,
            NotificationConfig config) {
        this.processed = processed;
        this.outgoing = outgoing;
        this.cipher = cipher;
        this.em = em;
        this.spacing = config.sender().letterSpacing();
    }

    /** @throws UnreadableEventException when the PDF is incomplete or its bytes do not match its checksum */
    @Transactional
    public void queue(UUID eventId, LetterDispatchRequested letter) {
        LetterDispatchRequested.Pdf pdf = letter.pdf();
        if (pdf != null) {
            verify(pdf);
        }
        if (!processed.firstTime(eventId)) {
            return;
        }
        RenderedEmail email = new RenderedEmail(letter.subject().replaceAll("[\\r\\n]+", " ").trim(), text(letter.html()),
                letter.html(), letter.locale());
        for (LetterDispatchRequested.Recipient recipient : letter.recipients()) {
            EmailMessage message = outgoing.queue(EmailMessage.Kind.LETTER,
                    new OutgoingEmails.Cause(eventId, null, letter.petitionId(), letter.letterId(), letter.batchId()), recipient.email(),
                    email);
            message.nextAttemptAt = slotAfterTheLastLetterTo(message);
            if (pdf != null) {
                attach(message, pdf);
            }
        }
        Log.infof("queued letter %s to %s for %d contact(s)%s", letter.letterId(), letter.targetCode(),
                letter.recipients().size(), pdf == null ? "" : " with its PDF");
    }

    /** Each copy is encrypted on its own, so that no two rows look alike (see AesGcm). */
    private void attach(EmailMessage message, LetterDispatchRequested.Pdf pdf) {
        EmailAttachment attachment = new EmailAttachment();
        attachment.emailId = message.id;
        attachment.filename = pdf.filename();
        attachment.contentType = pdf.contentType();
        attachment.contentEncrypted = cipher.encrypt(pdf.base64());
        attachment.persist();
    }

    /**
     * What is checked here would fail the same way on every redelivery: the event goes to the dead-letter topic
     * instead. The reasons name the field, never its value.
     */
    private static void verify(LetterDispatchRequested.Pdf pdf) {
        if (isBlank(pdf.filename()) || isBlank(pdf.contentType()) || isBlank(pdf.sha256()) || isBlank(pdf.base64())) {
            throw unreadable("without filename, contentType, sha256 or base64");
        }
        // the name goes into a MIME header of the email, and into a column this wide
        if (pdf.filename().length() > MAX_FILENAME || pdf.filename().chars().anyMatch(Character::isISOControl)) {
            throw unreadable("whose filename is longer than " + MAX_FILENAME + " characters or has control characters");
        }
        if (!PDF.equals(pdf.contentType())) {
            throw unreadable("whose contentType is not " + PDF);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(pdf.base64());
        } catch (IllegalArgumentException e) {
            throw unreadable("whose base64 is not standard base64");
        }
        if (!sha256(bytes).equals(pdf.sha256())) {
            throw unreadable("whose sha256 does not match its bytes");
        }
    }

    /** @return the digest in lowercase hex, as the event gives it */
    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static UnreadableEventException unreadable(String what) {
        return new UnreadableEventException(LetterDispatchRequested.TYPE + " with a pdf " + what);
    }

    private Instant slotAfterTheLastLetterTo(EmailMessage message) {
        Instant last = (Instant) em.createNativeQuery("""
                SELECT max(next_attempt_at) FROM email_message
                WHERE kind = 'LETTER' AND recipient_hash = :hash AND id <> :id""", Instant.class)
                .setParameter("hash", message.recipientHash)
                .setParameter("id", message.id)
                .getSingleResult();
        Instant earliest = last == null ? message.nextAttemptAt : last.plus(spacing);
        return earliest.isAfter(message.nextAttemptAt) ? earliest : message.nextAttemptAt;
    }

    /** The plain-text part: the letter's words without markup, for mail programs that show no HTML. */
    static String text(String html) {
        String body = html.replaceAll("(?is)<(style|head)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "\n");
        String text = TAG.matcher(body).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }
}
