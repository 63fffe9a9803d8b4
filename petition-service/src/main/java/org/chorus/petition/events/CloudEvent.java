package org.chorus.petition.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** The structured CloudEvents 1.0 envelope of every event on Kafka (content type application/cloudevents+json). */
public record CloudEvent(String specversion, UUID id, String source, String type, String subject, Instant time,
        String datacontenttype, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
}
