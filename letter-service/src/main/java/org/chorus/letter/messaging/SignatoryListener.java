package org.chorus.letter.messaging;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.chorus.letter.events.CloudEvent;
import org.chorus.letter.events.SignatureConfirmed;
import org.chorus.letter.events.SignatureWithdrawn;
import org.chorus.letter.events.SignatureEventTypes;
import org.chorus.letter.service.SignatoryService;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the signatory read model from the signatures topic. A record it cannot read or does not know throws, and
 * the channel's dead-letter strategy moves it to {@code signatures.dlq} with the reason: nothing is dropped
 * silently and the partition keeps moving.
 */
@ApplicationScoped
public class SignatoryListener {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final EventJson json;
    private final SignatoryService signatories;

    public SignatoryListener(EventJson json, SignatoryService signatories) {
        this.json = json;
        this.signatories = signatories;
    }

    /** A database that is briefly away is not the event's fault: retry until it is back, never dead-letter. */
    @Incoming(Topics.SIGNATURES_FOR_LETTERS)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = { PersistenceException.class, SQLException.class })
    public void onEvent(String value) {
        CloudEvent event = json.read(value, CloudEvent.class);
        if (event.id() == null || event.type() == null || event.data() == null || !event.data().isObject()) {
            throw new UnreadableEventException("not a CloudEvent with id, type and data");
        }
        switch (event.type()) {
            case SignatureEventTypes.CONFIRMED -> signatories.recordConfirmed(event.id(), confirmed(event.data()));
            case SignatureEventTypes.WITHDRAWN, SignatureEventTypes.INVALIDATED ->
                signatories.recordWithdrawn(event.id(), withdrawn(event.data()));
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

    private SignatureConfirmed confirmed(JsonNode data) {
        SignatureConfirmed confirmed = json.read(data, SignatureConfirmed.class);
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

    private SignatureWithdrawn withdrawn(JsonNode data) {
        SignatureWithdrawn withdrawn = json.read(data, SignatureWithdrawn.class);
        if (withdrawn.signatureId() == null) {
            throw new UnreadableEventException("signature.withdrawn or .invalidated without signatureId");
        }
        return withdrawn;
    }
}
