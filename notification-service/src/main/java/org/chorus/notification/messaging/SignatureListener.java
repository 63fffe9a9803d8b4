package org.chorus.notification.messaging;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.chorus.notification.events.CloudEvent;
import org.chorus.notification.events.SignatureConfirmed;
import org.chorus.notification.events.SignatureRemoved;
import org.chorus.notification.events.SignatureSubmitted;
import org.chorus.notification.service.ConfirmationEmails;
import org.chorus.notification.service.Signers;
import org.chorus.notification.service.ThankYouEmails;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

/**
 * Turns signature events into emails. An event it cannot read or does not know throws, and the channel's
 * dead-letter strategy moves it to {@code signatures.dlq} with the reason: nothing is dropped silently and the
 * partition keeps moving.
 */
@ApplicationScoped
public class SignatureListener {

    static final String SIGNATURE_WITHDRAWN = "signature.withdrawn";
    static final String SIGNATURE_INVALIDATED = "signature.invalidated";

    private final EventReader reader;
    private final ConfirmationEmails confirmations;
    private final ThankYouEmails thankYous;
    private final Signers signers;

    public SignatureListener(EventReader reader, ConfirmationEmails confirmations, ThankYouEmails thankYous,
            Signers signers) {
        this.reader = reader;
        this.confirmations = confirmations;
        this.thankYous = thankYous;
        this.signers = signers;
    }

    /** A database that is briefly away is not the event's fault: retry until it is back, never dead-letter. */
    @Incoming(Topics.SIGNATURES_FOR_EMAIL)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = { PersistenceException.class, SQLException.class })
    public void onEvent(String value) {
        CloudEvent event = reader.envelope(value);
        switch (event.type()) {
            case SignatureSubmitted.TYPE -> confirmations.queue(event.id(), submitted(event));
            case SignatureConfirmed.TYPE -> thankYous.queue(event.id(), confirmed(event));
            case SIGNATURE_WITHDRAWN, SIGNATURE_INVALIDATED -> signers.forget(removed(event).signatureId());
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
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
