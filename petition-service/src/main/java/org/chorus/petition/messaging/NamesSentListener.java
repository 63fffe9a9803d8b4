package org.chorus.petition.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.messaging.CloudEvent;
import org.chorus.messaging.EventReader;
import org.chorus.messaging.UnreadableEventException;
import org.chorus.petition.events.NamesSent;
import org.chorus.petition.service.SentNames;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps which dispatched letters printed which signer's name (letter-service's batch.names-sent). A record it cannot
 * read or does not know goes to {@code names-sent.dlq}; a database briefly away is waited for.
 */
@ApplicationScoped
public class NamesSentListener {

    private final EventReader reader;
    private final SentNames sentNames;

    public NamesSentListener(EventReader reader, SentNames sentNames) {
        this.reader = reader;
        this.sentNames = sentNames;
    }

    @Incoming(Topics.NAMES_SENT_FOR_WITHDRAWALS)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = DatabaseOutageException.class)
    public void onEvent(String value) {
        CloudEvent event = reader.envelope(value);
        if (!NamesSent.TYPE.equals(event.type())) {
            throw new UnreadableEventException("not a batch.names-sent CloudEvent: " + event.type());
        }
        NamesSent sent = reader.data(event, NamesSent.class);
        if (sent.batchId() == null || sent.dispatchedAt() == null || sent.named() == null) {
            throw new UnreadableEventException("batch.names-sent without batchId, dispatchedAt or named");
        }
        sentNames.record(sent);
    }
}
