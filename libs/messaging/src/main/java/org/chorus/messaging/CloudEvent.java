package org.chorus.messaging;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The structured CloudEvents 1.0 envelope of every event on Kafka (content type application/cloudevents+json), as
 * the outbox writes it and as EventReader reads it. The producer's JSON Schema owns the contract (petition-service,
 * schemas/cloudevent.schema.json); attributes a producer adds are ignored by readers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(String specversion, UUID id, String source, String type, String subject, Instant time,
        String datacontenttype, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
}
