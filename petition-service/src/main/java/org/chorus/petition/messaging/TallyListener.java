package org.chorus.petition.messaging;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.chorus.messaging.CloudEvent;
import org.chorus.messaging.CloudEventType;
import org.chorus.messaging.EventReader;
import org.chorus.messaging.RecordByRecord;
import org.chorus.messaging.UnreadableEventException;
import org.chorus.petition.events.SignatureConfirmed;
import org.chorus.petition.events.SignatureInvalidated;
import org.chorus.petition.events.SignatureSubmitted;
import org.chorus.petition.events.SignatureWithdrawn;
import org.chorus.petition.service.TallyService;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the tallies from the signatures topic. Records come in batches (in a spike nearly all are submitted
 * signatures, which count for nothing yet, so one hand-over per batch instead of per record); an event it cannot
 * read, does not know or cannot count (it breaks a database rule) goes to {@code signatures.dlq} with the reason:
 * the partition keeps moving.
 */
@ApplicationScoped
public class TallyListener {

    private final EventReader reader;
    private final TallyService tallies;
    private final RecordByRecord recordByRecord;

    public TallyListener(EventReader reader, TallyService tallies, RecordByRecord recordByRecord) {
        this.reader = reader;
        this.tallies = tallies;
        this.recordByRecord = recordByRecord;
    }

    /**
     * A database that is briefly away is not the events' fault: the batch is retried until the database is back
     * (the partition waits; what was counted before is recognized by its event id). Any other failure is the
     * event's own: each event is counted in a transaction of its own, so the failing one is set aside and the rest
     * are counted. The events set aside go to the DLQ once the rest of the batch is counted: a retried batch would
     * otherwise send them again. Sending waits until Kafka has taken them and gives up only when the thread is
     * interrupted (the service stops), which no retry would mend.
     */
    @Incoming(Topics.SIGNATURES_FOR_TALLY)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = DatabaseOutageException.class)
    public void onEvents(ConsumerRecords<String, String> records) {
        recordByRecord.apply(records, Topics.SIGNATURES_DLQ, record -> onEvent(record.value()));
    }

    private void onEvent(String value) {
        if (CloudEventType.of(value).filter(SignatureSubmitted.TYPE::equals).isPresent()) {
            return; // nothing counts until the signer confirms: the rest of the record is not even parsed
        }
        CloudEvent event = reader.envelope(value);
        switch (event.type()) {
            case SignatureConfirmed.TYPE ->
                tallies.countConfirmed(event.id(), reader.data(event, SignatureConfirmed.class));
            case SignatureWithdrawn.TYPE ->
                tallies.uncount(event.id(), reader.data(event, SignatureWithdrawn.class).signatureId());
            case SignatureInvalidated.TYPE ->
                tallies.uncount(event.id(), reader.data(event, SignatureInvalidated.class).signatureId());
            case SignatureSubmitted.TYPE -> {
                // nothing counts until the signer confirms
            }
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }
}
