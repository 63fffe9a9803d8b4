package org.chorus.letter.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.letter.batch.LetterStatuses;
import org.chorus.letter.events.CloudEvent;
import org.chorus.letter.events.EmailDelivery;
import org.chorus.outbox.DeadLetters;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Follows each letter's emails from the deliveries topic into the letter's status. Reports of emails that carried no
 * letter (confirmations, thank-yous) are read and passed over. A report it cannot read, does not know or cannot
 * store (it breaks a database rule) goes to {@code deliveries.dlq} with the reason: nothing is dropped silently and
 * the partition keeps moving.
 */
@ApplicationScoped
public class DeliveryListener {

    private final EventJson json;
    private final LetterStatuses statuses;
    private final DeadLetters deadLetters;

    public DeliveryListener(EventJson json, LetterStatuses statuses, DeadLetters deadLetters) {
        this.json = json;
        this.statuses = statuses;
        this.deadLetters = deadLetters;
    }

    /**
     * A database that is briefly away is not the event's fault: the event waits until it is back (one applied
     * before is recognized by its id). Any other failure is the event's own (it breaks a database rule, say): it
     * goes to the DLQ through the channel's strategy, with a reason that does not quote it, and the partition moves
     * on. Not {@code retryOn} PersistenceException: Fault Tolerance matches every cause, so such an event would be
     * retried for ever.
     */
    @Incoming(Topics.DELIVERIES_FOR_LETTERS)
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
        CloudEvent event = json.read(value, CloudEvent.class);
        if (event.id() == null || event.type() == null || event.data() == null || !event.data().isObject()) {
            throw new UnreadableEventException("not a CloudEvent with id, type and data");
        }
        switch (event.type()) {
            case EmailDelivery.SENT, EmailDelivery.FAILED, EmailDelivery.BOUNCED -> {
                EmailDelivery delivery = json.read(event.data(), EmailDelivery.class);
                if (delivery.letterId() != null) { // nearly all are signers' emails: no transaction for those
                    statuses.record(event.id(), delivery);
                }
            }
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }
}
