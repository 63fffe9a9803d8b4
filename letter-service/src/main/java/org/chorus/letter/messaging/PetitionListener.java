package org.chorus.letter.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.letter.events.PetitionPublished;
import org.chorus.letter.service.Petitions;
import org.chorus.messaging.CloudEvent;
import org.chorus.messaging.DeadLetters;
import org.chorus.messaging.EventReader;
import org.chorus.messaging.UnreadableEventException;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;


import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the petitions read model from the petitions topic: a letter quotes its petition's title and demands. A
 * record it cannot read, does not know or cannot store (it breaks a database rule) goes to {@code petitions.dlq} with
 * the reason: nothing is dropped silently and the partition keeps moving.
 */
@ApplicationScoped
public class PetitionListener {

    private record Closed(UUID petitionId, Instant closedAt) {
    }

    private final EventReader reader;
    private final Petitions petitions;
    private final DeadLetters deadLetters;

    public PetitionListener(EventReader reader, Petitions petitions, DeadLetters deadLetters) {
        this.reader = reader;
        this.petitions = petitions;
        this.deadLetters = deadLetters;
    }

    /**
     * A database that is briefly away is not the event's fault: the event waits until it is back (one applied
     * before is recognized by its id). Any other failure is the event's own (it breaks a database rule, say): it
     * goes to the DLQ through the channel's strategy, with a reason that does not quote it, and the partition moves
     * on. Not {@code retryOn} PersistenceException: Fault Tolerance matches every cause, so such an event would be
     * retried for ever.
     */
    @Incoming(Topics.PETITIONS_FOR_LETTERS)
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
            case PetitionPublished.TYPE -> petitions.recordPublished(event.id(), published(event));
            case PetitionPublished.CLOSED -> {
                Closed closed = reader.data(event, Closed.class);
                petitions.recordClosed(event.id(), closed.petitionId(), closed.closedAt());
            }
            case PetitionPublished.MILESTONE_REACHED -> {
                // a milestone may call for a new batch, which staff decide; nothing to record
            }
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }

    private PetitionPublished published(CloudEvent event) {
        PetitionPublished published = reader.data(event, PetitionPublished.class);
        if (published.petitionId() == null || published.petitionSlug() == null || published.title() == null
                || published.defaultLocale() == null || published.demands() == null) {
            throw new UnreadableEventException(
                    "petition.published without petitionId, petitionSlug, title, defaultLocale or demands");
        }
        return published;
    }
}
