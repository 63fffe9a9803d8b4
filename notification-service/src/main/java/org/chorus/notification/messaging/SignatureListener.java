package org.chorus.notification.messaging;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.chorus.messaging.CloudEvent;
import org.chorus.messaging.DeadLetterBatch;
import org.chorus.messaging.DeadLetters;
import org.chorus.messaging.EventReader;
import org.chorus.messaging.UnreadableEventException;
import org.chorus.notification.events.SignatureConfirmed;
import org.chorus.notification.events.SignatureRemoved;
import org.chorus.notification.events.SignatureSubmitted;
import org.chorus.notification.service.ConfirmationEmails;
import org.chorus.notification.service.Signers;
import org.chorus.notification.service.ThankYouEmails;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/**
 * Turns signature events into emails. Records come in batches, applied in one transaction (in a spike, one commit
 * for hundreds of confirmation emails instead of one each). An event it cannot read, does not know or cannot apply
 * (it breaks a database rule) goes to {@code signatures.dlq} with the reason and the rest of its batch is applied:
 * nothing is dropped silently and the partition keeps moving. While the emails of earlier events still fill the
 * send queue, new events wait in Kafka (SignerEmailBacklog).
 */
@ApplicationScoped
public class SignatureListener {

    static final String SIGNATURE_WITHDRAWN = "signature.withdrawn";
    static final String SIGNATURE_INVALIDATED = "signature.invalidated";

    /** A readable event and what it asks for. */
    private record Readable(ConsumerRecord<String, String> record, Runnable effect) {
    }

    private final EventReader reader;
    private final ConfirmationEmails confirmations;
    private final ThankYouEmails thankYous;
    private final Signers signers;
    private final DeadLetters deadLetters;
    private final EntityManager entities;
    private final SignerEmailBacklog backlog;

    public SignatureListener(EventReader reader, ConfirmationEmails confirmations, ThankYouEmails thankYous,
            Signers signers, DeadLetters deadLetters, EntityManager entities, SignerEmailBacklog backlog) {
        this.reader = reader;
        this.confirmations = confirmations;
        this.thankYous = thankYous;
        this.signers = signers;
        this.deadLetters = deadLetters;
        this.entities = entities;
        this.backlog = backlog;
    }

    /**
     * A database that is briefly away is not the events' fault: the batch is retried until it is back (what was
     * applied before is recognized by its event id), never dead-lettered. Any other failure of the batch's
     * transaction is one event's (it breaks a database rule, say), though it may surface on another: a statement
     * is written when the next one needs the table, or at commit. So the batch is applied again one event per
     * transaction, and the event that fails on its own is set aside. The events set aside go to the DLQ once the
     * rest of the batch is committed: a retried batch would otherwise send them again. Sending waits until Kafka
     * has taken them and gives up only when the thread is interrupted (the service stops), which no retry would
     * mend.
     */
    @Incoming(Topics.SIGNATURES_FOR_EMAIL)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = DatabaseOutageException.class)
    public void onEvents(ConsumerRecords<String, String> records) {
        backlog.awaitRoom();
        DeadLetterBatch setAside = deadLetters.batch(Topics.SIGNATURES_DLQ);
        List<Readable> readable = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                readable.add(new Readable(record, effectOf(reader.envelope(record.value()))));
            } catch (UnreadableEventException e) {
                setAside.add(record, e);
            }
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> readable.forEach(r -> applyAndForget(r.effect())));
        } catch (RuntimeException e) {
            DatabaseOutageException.rethrowIfOutage(e);
            oneByOne(readable, setAside);
        }
        deadLetters.send(setAside);
    }

    /**
     * Each event's rows are written, and then forgotten by Hibernate's session: kept, every statement of a batch of
     * hundreds would dirty-check the entities of all the events before it (Hibernate flushes before each native
     * query), which took about a quarter of this service's CPU during a signing spike. A failing event now fails
     * at its own flush.
     */
    private void applyAndForget(Runnable effect) {
        effect.run();
        entities.flush();
        entities.clear();
    }

    /** One event of the batch could not be applied: each on its own, so that only that one is set aside. */
    private void oneByOne(List<Readable> readable, DeadLetterBatch setAside) {
        for (Readable r : readable) {
            try {
                QuarkusTransaction.requiringNew().run(r.effect());
            } catch (RuntimeException e) {
                DatabaseOutageException.rethrowIfOutage(e);
                setAside.add(r.record(), e);
            }
        }
    }

    private Runnable effectOf(CloudEvent event) {
        return switch (event.type()) {
            case SignatureSubmitted.TYPE -> {
                SignatureSubmitted submitted = submitted(event);
                yield () -> confirmations.queue(event.id(), submitted);
            }
            case SignatureConfirmed.TYPE -> {
                SignatureConfirmed confirmed = confirmed(event);
                yield () -> thankYous.queue(event.id(), confirmed);
            }
            case SIGNATURE_WITHDRAWN, SIGNATURE_INVALIDATED -> {
                UUID signatureId = removed(event).signatureId();
                yield () -> signers.forget(signatureId);
            }
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        };
    }

    private SignatureSubmitted submitted(CloudEvent event) {
        SignatureSubmitted submitted = reader.data(event, SignatureSubmitted.class);
        submitted.missingField().ifPresent(field -> {
            throw new UnreadableEventException(SignatureSubmitted.TYPE + " without " + field);
        });
        return submitted;
    }

    private SignatureConfirmed confirmed(CloudEvent event) {
        SignatureConfirmed confirmed = reader.data(event, SignatureConfirmed.class);
        if (confirmed.signatureId() == null) {
            throw new UnreadableEventException(SignatureConfirmed.TYPE + " without signatureId");
        }
        return confirmed;
    }

    private SignatureRemoved removed(CloudEvent event) {
        SignatureRemoved removed = reader.data(event, SignatureRemoved.class);
        if (removed.signatureId() == null) {
            throw new UnreadableEventException(event.type() + " without signatureId");
        }
        return removed;
    }
}
