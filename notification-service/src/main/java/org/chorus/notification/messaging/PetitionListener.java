package org.chorus.notification.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.messaging.CloudEvent;
import org.chorus.messaging.DeadLetters;
import org.chorus.messaging.EventReader;
import org.chorus.messaging.UnreadableEventException;
import org.chorus.notification.events.MilestoneReached;
import org.chorus.notification.service.MilestoneEmails;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Turns petition events into emails: a milestone becomes an update to the signers who asked for them. Publishing
 * and closing send nothing. An event it cannot read, does not know or cannot apply (it breaks a database rule) goes
 * to {@code petitions.dlq} with the reason: nothing is dropped silently and the partition keeps moving.
 */
@ApplicationScoped
public class PetitionListener {

    static final String PETITION_PUBLISHED = "petition.published";
    static final String PETITION_CLOSED = "petition.closed";

    private final EventReader reader;
    private final MilestoneEmails milestones;
    private final DeadLetters deadLetters;

    public PetitionListener(EventReader reader, MilestoneEmails milestones, DeadLetters deadLetters) {
        this.reader = reader;
        this.milestones = milestones;
        this.deadLetters = deadLetters;
    }

    /**
     * A database that is briefly away is not the event's fault: the event waits until it is back (one applied
     * before is recognized by its id). Any other failure is the event's own (it breaks a database rule, say): it
     * goes to the DLQ through the channel's strategy, with a reason that does not quote it, and the partition moves
     * on. Not {@code retryOn} PersistenceException: Fault Tolerance matches every cause, so such an event would be
     * retried for ever.
     */
    @Incoming(Topics.PETITIONS_FOR_EMAIL)
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
            case MilestoneReached.TYPE -> milestones.queue(event.id(), milestone(event));
            case PETITION_PUBLISHED, PETITION_CLOSED -> {
                // nobody is written to when a petition opens or closes
            }
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }

    private MilestoneReached milestone(CloudEvent event) {
        MilestoneReached reached = reader.data(event, MilestoneReached.class);
        if (reached.petitionId() == null || reached.petitionSlug() == null || reached.petitionTitle() == null
                || reached.milestone() <= 0) {
            throw new UnreadableEventException(MilestoneReached.TYPE + " without petitionId, petitionSlug, "
                    + "petitionTitle or milestone");
        }
        return reached;
    }
}
