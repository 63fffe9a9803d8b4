package org.chorus.letter.messaging;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads event records and their data. What cannot be read becomes an UnreadableEventException (the channel's
 * dead-letter strategy takes it from there) whose message says where the problem is, never what the record says.
 */
@ApplicationScoped
class EventJson {

    private final ObjectMapper mapper;

    EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw unreadable(type, e);
        }
    }

    <T> T read(JsonNode json, Class<T> type) {
        try {
            return mapper.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw unreadable(type, e);
        }
    }

    /** Jackson's own message may quote the record; only where the problem is (field or position) is kept. */
    private static UnreadableEventException unreadable(Class<?> type, JsonProcessingException e) {
        return new UnreadableEventException("not readable as " + type.getSimpleName() + where(e));
    }

    private static String where(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return " (field " + mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining(".")) + ")";
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
