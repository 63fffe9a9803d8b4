package org.chorus.petition.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What petition-service reads of letter-service's {@code batch.names-sent} (topic names-sent; the producer's schema,
 * letter-service schemas/batch.names-sent.schema.json, owns the contract): whose names a dispatched batch printed, and
 * in the letters to which targets.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NamesSent(UUID batchId, UUID petitionId, Instant dispatchedAt, List<Named> named) {

    public static final String TYPE = "batch.names-sent";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Named(UUID signatureId, List<String> targets) {
    }
}
