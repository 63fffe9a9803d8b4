package org.chorus.notification.messaging;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.chorus.notification.events.BatchDispatched;
import org.chorus.notification.events.CloudEvent;
import org.chorus.notification.events.LetterDispatchRequested;
import org.chorus.notification.service.DeliveredEmails;
import org.chorus.notification.service.LetterEmails;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Turns letter events into emails: each letter to its target's contacts, and a dispatched batch into "your
 * signature was delivered" for the signers it counted. What cannot be read goes to {@code letters.dlq}.
 */
@ApplicationScoped
public class LetterListener {

    private final EventReader reader;
    private final LetterEmails letters;
    private final DeliveredEmails delivered;

    public LetterListener(EventReader reader, LetterEmails letters, DeliveredEmails delivered) {
        this.reader = reader;
        this.letters = letters;
        this.delivered = delivered;
    }

    /** A database that is briefly away is not the event's fault: retry until it is back, never dead-letter. */
    @Incoming(Topics.LETTERS_FOR_EMAIL)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = { PersistenceException.class, SQLException.class })
    public void onEvent(String value) {
        CloudEvent event = reader.envelope(value);
        switch (event.type()) {
            case LetterDispatchRequested.TYPE -> letters.queue(event.id(), letter(event));
            case BatchDispatched.TYPE -> delivered.queue(event.id(), batch(event));
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }

    private LetterDispatchRequested letter(CloudEvent event) {
        LetterDispatchRequested letter = reader.data(event, LetterDispatchRequested.class);
        if (letter.letterId() == null || letter.subject() == null || letter.html() == null
                || letter.recipients() == null || letter.recipients().isEmpty()
                || letter.recipients().stream().anyMatch(r -> r == null || r.email() == null || r.email().isBlank())) {
            throw new UnreadableEventException(LetterDispatchRequested.TYPE
                    + " without letterId, subject, html or a recipient with an email");
        }
        return letter;
    }

    private BatchDispatched batch(CloudEvent event) {
        BatchDispatched batch = reader.data(event, BatchDispatched.class);
        if (batch.batchId() == null || batch.petitionId() == null || batch.cutoff() == null) {
            throw new UnreadableEventException(BatchDispatched.TYPE + " without batchId, petitionId or cutoff");
        }
        return batch;
    }
}
