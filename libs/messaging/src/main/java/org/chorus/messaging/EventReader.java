package org.chorus.messaging;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a record's value into the CloudEvent envelope and its data into the consumer's type. What cannot be read
 * becomes an UnreadableEventException that says where the problem is, never what the record says: Jackson's own
 * messages quote the offending input, which may be an email address.
 */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws UnreadableEventException unless the value is a CloudEvent 1.0 with an id, a type and object data */
    public CloudEvent envelope(String value) {
        if (value == null) {
            throw new UnreadableEventException("empty record");
        }
        CloudEvent event;
        try {
            event = mapper.readValue(value, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not a readable CloudEvent: " + where(e));
        }
        if (event == null || event.id() == null || event.type() == null || event.data() == null
                || !event.data().isObject()) {
            throw new UnreadableEventException("not a CloudEvent with id, type and object data");
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new UnreadableEventException("unsupported CloudEvents specversion");
        }
        return event;
    }

    /** @throws UnreadableEventException when the event's data does not fit the type */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("data of " + event.type() + " is not readable as "
                    + type.getSimpleName() + ": " + where(e));
        }
    }

    private static String where(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException parse) {
                JsonLocation at = parse.getLocation();
                return at == null || at.getLineNr() < 0 ? "malformed JSON"
                        : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "unexpected value at field " + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        return "unexpected shape";
    }
}
