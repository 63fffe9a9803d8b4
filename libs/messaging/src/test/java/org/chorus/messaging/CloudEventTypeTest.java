package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CloudEventTypeTest {

    @Test
    void theTypeIsReadWhereverItStands() {
        assertEquals(Optional.of("signature.submitted"), CloudEventType.of(
                "{\"specversion\":\"1.0\",\"id\":\"e1\",\"type\":\"signature.submitted\",\"data\":{\"email\":\"x\"}}"));
        assertEquals(Optional.of("signature.confirmed"), CloudEventType.of(
                "{\"data\":{\"type\":\"nested\",\"list\":[{\"type\":1}]},\"type\":\"signature.confirmed\"}"));
    }

    @Test
    void theRestOfTheRecordNeedNotBeReadable() {
        assertEquals(Optional.of("signature.submitted"),
                CloudEventType.of("{\"type\":\"signature.submitted\",\"data\":{\"email\": nonsense"));
    }

    @Test
    void noStringTypeIsEmpty() {
        assertEquals(Optional.empty(), CloudEventType.of("{\"id\":\"e1\",\"data\":{}}"));
        assertEquals(Optional.empty(), CloudEventType.of("{\"type\":42}"));
        assertEquals(Optional.empty(), CloudEventType.of("[\"type\",\"signature.submitted\"]"));
        assertEquals(Optional.empty(), CloudEventType.of("{\"id\": broken, \"type\":\"signature.submitted\"}"));
        assertEquals(Optional.empty(), CloudEventType.of(""));
        assertEquals(Optional.empty(), CloudEventType.of("not json"));
        assertEquals(Optional.empty(), CloudEventType.of(null));
    }
}
