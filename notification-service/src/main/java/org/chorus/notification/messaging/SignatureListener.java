package org.chorus.notification.messaging;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.chorus.notification.events.CloudEvent;
import org.chorus.notification.events.SignatureConfirmed;
import org.chorus.notification.events.SignatureSubmitted;
import org.chorus.notification.service.ConfirmationEmails;
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

    public SignatureListener(EventReader reader, ConfirmationEmails confirmations) {
        this.reader = reader;
        this.confirmations = confirmations;
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
            case SignatureConfirmed.TYPE -> thankYouEmailNotYetSent(reader.data(event, SignatureConfirmed.class));
            case SIGNATURE_WITHDRAWN, SIGNATURE_INVALIDATED -> nothingToErase();
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }

    /**
     * A withdrawn signature leaves nothing here to erase: a confirmation email's recipient and bodies are erased
     * once it is sent, and the signer withdrew with the link in that email.
     */
    private static void nothingToErase() {
    }

    private SignatureSubmitted submitted(CloudEvent event) {
        SignatureSubmitted submitted = reader.data(event, SignatureSubmitted.class);
        submitted.missingField().ifPresent(field -> {
            throw new UnreadableEventException(SignatureSubmitted.TYPE + " without " + field);
        });
        return submitted;
    }

    /** The thank-you email for a confirmed signature comes in a later round; until then the event is known and read. */
    private static void thankYouEmailNotYetSent(SignatureConfirmed confirmed) {
        // deliberately nothing
    }
}
