package org.chorus.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.config.NotificationConfig;
import org.chorus.notification.events.LetterDispatchRequested;
import org.chorus.notification.mail.RenderedEmail;

import io.quarkus.logging.Log;

/**
 * Queues a letter to each of its target's contacts. Letters to one address are spaced out (a ministry's inbox is
 * not flooded when batches follow each other): each is due {@code letter-spacing} after the last one queued for that
 * address. The event id and the queued emails commit together, so a redelivered event sends nothing twice.
 */
@ApplicationScoped
public class LetterEmails {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n\\s*(\\n\\s*)+");

    private final ProcessedEvents processed;
    private final OutgoingEmails outgoing;
    private final EntityManager em;
    private final Duration spacing;

    public LetterEmails(ProcessedEvents processed, OutgoingEmails outgoing, EntityManager em,
            NotificationConfig config) {
        this.processed = processed;
        this.outgoing = outgoing;
        this.em = em;
        this.spacing = config.sender().letterSpacing();
    }

    @Transactional
    public void queue(UUID eventId, LetterDispatchRequested letter) {
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
        }
        Log.infof("queued letter %s to %s for %d contact(s)", letter.letterId(), letter.targetCode(),
                letter.recipients().size());
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
