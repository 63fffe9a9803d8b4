package org.chorus.notification.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.events.MilestoneReached;

import io.quarkus.logging.Log;

/** A petition reached a milestone: its signers who asked for updates hear of it, once (UpdateFanOut). */
@ApplicationScoped
public class MilestoneEmails {

    private final ProcessedEvents processed;
    private final UpdateFanOut fanOut;

    public MilestoneEmails(ProcessedEvents processed, UpdateFanOut fanOut) {
        this.processed = processed;
        this.fanOut = fanOut;
    }

    @Transactional
    public void queue(UUID eventId, MilestoneReached reached) {
        if (!processed.firstTime(eventId)) {
            return;
        }
        int queued = fanOut.queue(eventId, EmailMessage.Kind.MILESTONE, reached.petitionId(), null,
                Map.of("milestone", reached.milestone(), "total", reached.total()), null);
        Log.infof("petition %s reached %d: queued %d milestone update(s)", reached.petitionId(), reached.milestone(),
                queued);
    }
}
