package org.chorus.letter.events;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The structured CloudEvents 1.0 envelope, as far as this consumer reads it. The producer's schema
 * (petition-service, schemas/cloudevent.schema.json) owns the contract; fields added there are ignored here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(String specversion, UUID id, String source, String type, String subject, JsonNode data) {
}
