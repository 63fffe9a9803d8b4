package org.chorus.notification.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.messaging.CloudEvent;
import org.chorus.messaging.DeadLetters;
import org.chorus.messaging.EventReader;
import org.chorus.messaging.UnreadableEventException;
import org.chorus.notification.events.BatchDispatched;
import org.chorus.notification.events.LetterDispatchRequested;
import org.chorus.notification.service.DeliveredEmails;
import org.chorus.notification.service.LetterEmails;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Turns letter events into emails: each letter to its target's contacts, and a dispatched batch into "your
 * signature was delivered" for the signers it counted. An event it cannot read, does not know or cannot apply (it
 * breaks a database rule) goes to {@code letters.dlq} with the reason: nothing is dropped silently and the partition
 * keeps moving.
 */
@ApplicationScoped
public class LetterListener {

    private final EventReader reader;
    private final LetterEmails letters;
    private final DeliveredEmails delivered;
    private final DeadLetters deadLetters;

    public LetterListener(EventReader reader, LetterEmails letters, DeliveredEmails delivered,
            DeadLetters deadLetters) {
        this.reader = reader;
        this.letters = letters;
        this.delivered = delivered;
        this.deadLetters = deadLetters;
    }

    /**
     * A database that is briefly away is not the event's fault: the event waits until it is back (one applied
     * before is recognized by its id). Any other failure is the event's own (it breaks a database rule, say): it
     * goes to the DLQ through the channel's strategy, with a reason that does not quote it, and the partition moves
     * on. Not {@code retryOn} PersistenceException: Fault Tolerance matches every cause, so such an event would be
     * retried for ever.
     */
    @Incoming(Topics.LETTERS_FOR_EMAIL)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = DatabaseOutageException.class)
    public void onEvent(String value) {
        try {
            apply(value);
        } catch (RuntimeException e) {
            DatabaseOutageException.rethrowIfOutage(e);
            throw deadLetters.quotable(e);
        }
    }

    private void apply(String value) {
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
