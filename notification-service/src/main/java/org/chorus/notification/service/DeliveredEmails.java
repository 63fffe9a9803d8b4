package org.chorus.notification.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.chorus.notification.EmailMessage;
import org.chorus.notification.events.BatchDispatched;

import io.quarkus.logging.Log;

/**
 * A batch of letters went out: the signers it counted (confirmed by its cut-off) who asked for updates hear that
 * their signature was delivered, with the batch's Merkle root to check their receipt against. Once per event.
 */
@ApplicationScoped
public class DeliveredEmails {

    private final ProcessedEvents processed;
    private final UpdateFanOut fanOut;

    public DeliveredEmails(ProcessedEvents processed, UpdateFanOut fanOut) {
        this.processed = processed;
        this.fanOut = fanOut;
    }

    @Transactional
    public void queue(UUID eventId, BatchDispatched batch) {
        if (!processed.firstTime(eventId)) {
            return;
        }
        int queued = fanOut.queue(eventId, EmailMessage.Kind.DELIVERED, batch.petitionId(), batch.batchId(),
                Map.of("batchId", batch.batchId().toString(), "total", batch.total(), "letters", batch.letters(),
                        "merkleRoot", batch.merkleRoot()),
                batch.cutoff());
        Log.infof("batch %s dispatched: queued %d delivered notice(s)", batch.batchId(), queued);
    }
}
