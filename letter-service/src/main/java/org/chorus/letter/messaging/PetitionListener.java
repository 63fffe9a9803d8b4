package org.chorus.letter.messaging;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.chorus.letter.events.CloudEvent;
import org.chorus.letter.events.PetitionPublished;
import org.chorus.letter.service.Petitions;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the petitions read model from the petitions topic: a letter quotes its petition's title and demands. A
 * record it cannot read or does not know goes to {@code petitions.dlq} with the reason.
 */
@ApplicationScoped
public class PetitionListener {

    private record Closed(UUID petitionId, Instant closedAt) {
    }

    private final EventJson json;
    private final Petitions petitions;

    public PetitionListener(EventJson json, Petitions petitions) {
        this.json = json;
        this.petitions = petitions;
    }

    /** A database that is briefly away is not the event's fault: retry until it is back, never dead-letter. */
    @Incoming(Topics.PETITIONS_FOR_LETTERS)
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 0, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 200,
            retryOn = { PersistenceException.class, SQLException.class })
    public void onEvent(String value) {
        CloudEvent event = json.read(value, CloudEvent.class);
        if (event.id() == null || event.type() == null || event.data() == null || !event.data().isObject()) {
            throw new UnreadableEventException("not a CloudEvent with id, type and data");
        }
        switch (event.type()) {
            case PetitionPublished.TYPE -> petitions.recordPublished(event.id(), published(event.data()));
            case PetitionPublished.CLOSED -> {
                Closed closed = json.read(event.data(), Closed.class);
                petitions.recordClosed(event.id(), closed.petitionId(), closed.closedAt());
            }
            case PetitionPublished.MILESTONE_REACHED -> {
                // a milestone may call for a new batch, which staff decide; nothing to record
            }
            default -> throw new UnreadableEventException("unknown event type " + event.type());
        }
    }

    private PetitionPublished published(JsonNode data) {
        PetitionPublished published = json.read(data, PetitionPublished.class);
        if (published.petitionId() == null || published.petitionSlug() == null || published.title() == null
                || published.defaultLocale() == null || published.demands() == null) {
            throw new UnreadableEventException(
                    "petition.published without petitionId, petitionSlug, title, defaultLocale or demands");
        }
        return published;
    }
}
