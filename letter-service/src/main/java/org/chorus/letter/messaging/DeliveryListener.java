package org.chorus.letter.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.chorus.letter.batch.LetterStatuses;
import org.chorus.letter.events.EmailDelivery;
import org.chorus.messaging.CloudEvent;
import org.chorus.messaging.EventReader;
import org.chorus.messaging.RecordByRecord;
import org.chorus.messaging.UnreadableEventException;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Follows each letter's emails from the deliveries topic into the letter's status. Reports of emails that carried no
 * letter (confirmations, thank-yous) are read and passed over; they are nearly all of them (after a spike,
 * notification-service reports 50 sent confirmations a second for hours), so records come in batches, one hand-over
 * per poll instead of one per record. A report it cannot read, does not know or cannot store (it breaks a database
 * rule) goes to {@code deliveries.dlq} with the reason: nothing is dropped silently and the partition keeps moving.
 */
@ApplicationScoped
public class DeliveryListener {

    private final EventReader reader;
    private final LetterStatuses statuses;
    private final RecordByRecord recordByRecord;

    public DeliveryListener(EventReader reader, LetterStatuses statuses, RecordByRecord recordByRecord) {
        this.reader = reader;
        this.statuses = statuses;
        this.recordByRecord = recordByRecord;
    }

    /**
     * A database that is briefly away is not the reports' fault: the batch is retried until it is back (a report
     * applied before is recognized by its event id), never dead-lettered. Any other failure is the record's own (it
     * breaks a database rule, say): each report is applied in a transaction of its own, so the failing one is set
     * aside, with a reason that does not quote it, and the rest are applied; the records set aside go to the DLQ
     * once the rest of the batch is applied. Not {@code retryOn} PersistenceException: Fault Tolerance matches every
     * cause, so such a batch would be retried for ever.
     */
    @Incoming(Topics.DELIVERIES_FOR_LETTERS)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = DatabaseOutageException.class)
    public void onEvents(ConsumerRecords<String, String> records) {
        recordByRecord.apply(records, Topics.DELIVERIES_DLQ, record -> apply(record.value()));
    }

    private void apply(String value) {
        CloudEvent event = reader.envelope(value);
        switch (event.type()) {
            case EmailDelivery.SENT, EmailDelivery.FAILED, EmailDelivery.BOUNCED -> {
                EmailDelivery delivery = reader.data(event, EmailDelivery.class);
                if (delivery.letterId() != null) { // nearly all are signers' emails: no transaction for those
                    statuses.record(event.id(), delivery);
                }
            }
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }
}
