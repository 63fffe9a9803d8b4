package org.chorus.notification.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The structured CloudEvents 1.0 envelope as this service reads it. The producer owns the contract (its JSON
 * Schema); this record is what we consume of it.
 */
public record CloudEvent(String specversion, UUID id, String source, String type, String subject, Instant time,
        String datacontenttype, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
}
