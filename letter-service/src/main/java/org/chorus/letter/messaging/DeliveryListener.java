package org.chorus.letter.messaging;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.chorus.letter.batch.LetterStatuses;
import org.chorus.letter.events.CloudEvent;
import org.chorus.letter.events.EmailDelivery;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Follows each letter's emails from the deliveries topic into the letter's status. Reports of emails that carried no
 * letter (confirmations, thank-yous) are read and passed over; what cannot be read goes to {@code deliveries.dlq}.
 */
@ApplicationScoped
public class DeliveryListener {

    private final EventJson json;
    private final LetterStatuses statuses;

    public DeliveryListener(EventJson json, LetterStatuses statuses) {
        this.json = json;
        this.statuses = statuses;
    }

    /** A database that is briefly away is not the event's fault: retry until it is back, never dead-letter. */
    @Incoming(Topics.DELIVERIES_FOR_LETTERS)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = { PersistenceException.class, SQLException.class })
    public void onEvent(String value) {
        CloudEvent event = json.read(value, CloudEvent.class);
        if (event.id() == null || event.type() == null || event.data() == null || !event.data().isObject()) {
            throw new UnreadableEventException("not a CloudEvent with id, type and data");
        }
        switch (event.type()) {
            case EmailDelivery.SENT, EmailDelivery.FAILED, EmailDelivery.BOUNCED ->
                statuses.record(event.id(), json.read(event.data(), EmailDelivery.class));
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }
}
