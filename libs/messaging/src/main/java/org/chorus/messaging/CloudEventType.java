package org.chorus.messaging;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The type of a CloudEvent in structured JSON, read without reading the rest: a consumer that skips most of a topic
 * (during a spike nearly every record is a submitted signature) need not parse each record's data, which may be
 * personal data it has no business holding even in memory.
 */
public final class CloudEventType {

    private static final JsonFactory JSON = new JsonFactory();

    private CloudEventType() {
    }

    /** @return the top-level {@code type} when it is a string; empty for anything else, including broken JSON. */
    public static Optional<String> of(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
