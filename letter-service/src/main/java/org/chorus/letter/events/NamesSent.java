package org.chorus.letter.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whose names a dispatched batch's letters printed, and to which targets ({@code batch.names-sent}, topic
 * names-sent, key = petition id): petition-service keeps it so that a signer who withdraws later is told which
 * letters already went with their name. Signature ids and target codes only: no name, no address.
 */
public record NamesSent(UUID batchId, UUID petitionId, String petitionSlug, Instant dispatchedAt, List<Named> named) {

    public static final String TYPE = "batch.names-sent";

    /** A signature whose name was printed in the letters to these targets (ISO codes, sorted). */
    public record Named(UUID signatureId, List<String> targets) {
    }
}
