package org.chorus.letter.messaging;

import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.chorus.letter.events.SignatureConfirmed;
import org.chorus.letter.events.SignatureEventTypes;
import org.chorus.letter.events.SignatureWithdrawn;
import org.chorus.letter.service.SignatoryService;
import org.chorus.messaging.CloudEvent;
import org.chorus.messaging.CloudEventType;
import org.chorus.messaging.EventReader;
import org.chorus.messaging.RecordByRecord;
import org.chorus.messaging.UnreadableEventException;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;


import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the signatory read model from the signatures topic. Records come in batches (during a spike most are
 * submitted signatures, which this service skips, so one hand-over per batch instead of per record); a record it
 * cannot read, does not know or cannot store (it breaks a database rule) goes to {@code signatures.dlq} with the
 * reason: nothing is dropped silently and the partition keeps moving.
 */
@ApplicationScoped
public class SignatoryListener {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final EventReader reader;
    private final SignatoryService signatories;
    private final RecordByRecord recordByRecord;

    public SignatoryListener(EventReader reader, SignatoryService signatories, RecordByRecord recordByRecord) {
        this.reader = reader;
        this.signatories = signatories;
        this.recordByRecord = recordByRecord;
    }

    /**
     * A database that is briefly away is not the events' fault: the batch is retried until it is back (what was
     * applied before is recognized by its event id), never dead-lettered. Any other failure is the record's own:
     * each record is applied in a transaction of its own, so the failing one is set aside and the rest are applied.
     * The records set aside go to the DLQ once the rest of the batch is applied: a retried batch would otherwise send
     * them again. Sending waits until Kafka has taken them and gives up only when the thread is interrupted (the
     * service stops), which no retry would mend.
     */
    @Incoming(Topics.SIGNATURES_FOR_LETTERS)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = DatabaseOutageException.class)
    public void onEvents(ConsumerRecords<String, String> records) {
        recordByRecord.apply(records, Topics.SIGNATURES_DLQ, record -> onEvent(record.value()));
    }

    private void onEvent(String value) {
        if (CloudEventType.of(value).filter(SignatureEventTypes.SUBMITTED::equals).isPresent()) {
            ignoreSubmitted();
            return;
        }
        CloudEvent event = reader.envelope(value);
        switch (event.type()) {
            case SignatureEventTypes.CONFIRMED -> signatories.recordConfirmed(event.id(), confirmed(event));
            case SignatureEventTypes.WITHDRAWN, SignatureEventTypes.INVALIDATED ->
                signatories.recordWithdrawn(event.id(), withdrawn(event));
            case SignatureEventTypes.SUBMITTED -> ignoreSubmitted();
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }

    /**
     * A submitted signature does not count yet, and its data (email, name, confirmation token) is nothing this
     * service may keep: it is deliberately not read, not stored and not remembered.
     */
    private static void ignoreSubmitted() {
    }

    private SignatureConfirmed confirmed(CloudEvent event) {
        SignatureConfirmed confirmed = reader.data(event, SignatureConfirmed.class);
        if (confirmed.signatureId() == null || confirmed.petitionId() == null || confirmed.petitionSlug() == null
                || confirmed.petitionSlug().isBlank() || confirmed.confirmedAt() == null) {
            throw new UnreadableEventException(
                    "signature.confirmed without signatureId, petitionId, petitionSlug or confirmedAt");
        }
        if (confirmed.country() == null || !COUNTRY.matcher(confirmed.country()).matches()) {
            throw new UnreadableEventException("signature.confirmed without an ISO 3166-1 alpha-2 country");
        }
        return confirmed;
    }

    private SignatureWithdrawn withdrawn(CloudEvent event) {
        SignatureWithdrawn withdrawn = reader.data(event, SignatureWithdrawn.class);
        if (withdrawn.signatureId() == null) {
            throw new UnreadableEventException("signature.withdrawn or .invalidated without signatureId");
        }
        return withdrawn;
    }
}
