package org.chorus.petition.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.events.CloudEvent;
import org.chorus.petition.events.NamesSent;
import org.chorus.petition.service.SentNames;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps which dispatched letters printed which signer's name (letter-service's batch.names-sent). A record it cannot
 * read or does not know goes to {@code names-sent.dlq}; a database briefly away is waited for.
 */
@ApplicationScoped
public class NamesSentListener {

    private final ObjectMapper mapper;
    private final SentNames sentNames;

    public NamesSentListener(ObjectMapper mapper, SentNames sentNames) {
        this.mapper = mapper;
        this.sentNames = sentNames;
    }

    @Incoming(Topics.NAMES_SENT_FOR_WITHDRAWALS)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = DatabaseOutageException.class)
    public void onEvent(String value) throws JsonProcessingException {
        CloudEvent event = mapper.readValue(value, CloudEvent.class);
        if (!NamesSent.TYPE.equals(event.type()) || event.data() == null) {
            throw new IllegalArgumentException("not a batch.names-sent CloudEvent: " + event.type());
        }
        NamesSent sent = mapper.treeToValue(event.data(), NamesSent.class);
        if (sent.batchId() == null || sent.dispatchedAt() == null || sent.named() == null) {
            throw new IllegalArgumentException("batch.names-sent without batchId, dispatchedAt or named");
        }
        sentNames.record(sent);
    }
}
