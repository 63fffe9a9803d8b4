package org.chorus.notification.messaging;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.chorus.notification.events.CloudEvent;
import org.chorus.notification.events.MilestoneReached;
import org.chorus.notification.service.MilestoneEmails;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Turns petition events into emails: a milestone becomes an update to the signers who asked for them. Publishing
 * and closing send nothing. An event it cannot read or does not know goes to {@code petitions.dlq} with the reason.
 */
@ApplicationScoped
public class PetitionListener {

    static final String PETITION_PUBLISHED = "petition.published";
    static final String PETITION_CLOSED = "petition.closed";

    private final EventReader reader;
    private final MilestoneEmails milestones;

    public PetitionListener(EventReader reader, MilestoneEmails milestones) {
        this.reader = reader;
        this.milestones = milestones;
    }

    /** A database that is briefly away is not the event's fault: retry until it is back, never dead-letter. */
    @Incoming(Topics.PETITIONS_FOR_EMAIL)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = { PersistenceException.class, SQLException.class })
    public void onEvent(String value) {
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
