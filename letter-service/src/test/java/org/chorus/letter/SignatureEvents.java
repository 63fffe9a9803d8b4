package org.chorus.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Signature events for tests, made from the committed samples (which SignatureSamplesTest holds to the producer's
 * schemas), so that what the tests send has the producer's shape.
 */
public final class SignatureEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignatureEvents() {
    }

    /** {@code displayName} null sends an explicit null, as petition-service does when the signer did not consent. */
    public static String confirmed(UUID eventId, UUID petitionId, String slug, UUID signatureId, String country,
            String displayName) {
        ObjectNode event = sample("signature.confirmed");
        envelope(event, eventId, petitionId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("signatureId", signatureId.toString());
        data.put("petitionId", petitionId.toString());
        data.put("petitionSlug", slug);
        data.put("country", country);
        data.put("displayName", displayName);
        data.put("confirmedAt", Instant.now().toString());
        return event.toString();
    }

    /** As {@link #confirmed}, with the signer's choice to be named to the government of their own country too. */
    public static String confirmed(UUID eventId, UUID petitionId, String slug, UUID signatureId, String country,
            String displayName, boolean nameToOwnGovernment) {
        ObjectNode event = read(confirmed(eventId, petitionId, slug, signatureId, country, displayName));
        ((ObjectNode) event.get("data")).put("nameToOwnGovernment", nameToOwnGovernment);
        return event.toString();
    }

    /** A confirmed event as petition-service wrote it before signers could choose their own government. */
    public static String confirmedWithoutOwnGovernmentField(UUID eventId, UUID petitionId, String slug,
            UUID signatureId, String country, String displayName) {
        ObjectNode event = read(confirmed(eventId, petitionId, slug, signatureId, country, displayName));
        ((ObjectNode) event.get("data")).remove("nameToOwnGovernment");
        return event.toString();
    }

    /** A confirmed event whose data has no displayName field at all. */
    public static String confirmedWithoutDisplayNameField(UUID eventId, UUID petitionId, String slug,
            UUID signatureId, String country) {
        ObjectNode event = (ObjectNode) read(confirmed(eventId, petitionId, slug, signatureId, country, null));
        ((ObjectNode) event.get("data")).remove("displayName");
        return event.toString();
    }

    public static String submitted(UUID eventId, UUID petitionId, String slug, UUID signatureId, String email,
            String name) {
        ObjectNode event = sample("signature.submitted");
        envelope(event, eventId, petitionId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("signatureId", signatureId.toString());
        data.put("petitionId", petitionId.toString());
        data.put("petitionSlug", slug);
        data.put("email", email);
        data.put("name", name);
        return event.toString();
    }

    public static String withdrawn(UUID eventId, UUID petitionId, String slug, UUID signatureId) {
        return leaving("signature.withdrawn", "withdrawnAt", eventId, petitionId, slug, signatureId);
    }

    public static String invalidated(UUID eventId, UUID petitionId, String slug, UUID signatureId) {
        return leaving("signature.invalidated", "invalidatedAt", eventId, petitionId, slug, signatureId);
    }

    /** A signature that leaves the counts: its sample with these ids and the time now. */
    private static String leaving(String type, String timeField, UUID eventId, UUID petitionId, String slug,
            UUID signatureId) {
        ObjectNode event = sample(type);
        envelope(event, eventId, petitionId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("signatureId", signatureId.toString());
        data.put("petitionId", petitionId.toString());
        data.put("petitionSlug", slug);
        data.put(timeField, Instant.now().toString());
        return event.toString();
    }

    public static String dataOf(String event) {
        return read(event).get("data").toString();
    }

    private static void envelope(ObjectNode event, UUID eventId, UUID petitionId) {
        event.put("id", eventId.toString());
        event.put("subject", petitionId.toString());
        event.put("time", Instant.now().toString());
    }

    static ObjectNode sample(String type) {
        try (InputStream in = SignatureEvents.class.getResourceAsStream("/samples/" + type + ".json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
