package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** What a consumer cannot read is refused with a reason that says where, and never quotes the record. */
class EventReaderTest {

    private static final String SECRET = "aung.san@example.org";

    record Signed(UUID signatureId, int count) {
    }

    private final EventReader reader = new EventReader(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aCloudEventIsReadWithItsData() {
        UUID id = UUID.randomUUID();
        UUID signature = UUID.randomUUID();
        CloudEvent event = reader.envelope(envelope(id, "{\"signatureId\":\"" + signature + "\",\"count\":2}"));
        assertEquals(id, event.id());
        assertEquals("signature.confirmed", event.type());
        assertEquals(new Signed(signature, 2), reader.data(event, Signed.class));
    }

    @Test
    void malformedJsonIsRefusedByPositionWithoutQuotingIt() {
        String broken = "{\"specversion\":\"1.0\",\"data\":{\"email\":\"" + SECRET + "\" oops";
        UnreadableEventException e = assertThrows(UnreadableEventException.class, () -> reader.envelope(broken));
        assertTrue(e.getMessage().contains("malformed JSON at line 1, column"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void dataOfTheWrongShapeIsRefusedByFieldWithoutQuotingIt() {
        CloudEvent event = reader.envelope(envelope(UUID.randomUUID(), "{\"signatureId\":\"" + SECRET + "\"}"));
        UnreadableEventException e = assertThrows(UnreadableEventException.class,
                () -> reader.data(event, Signed.class));
        assertTrue(e.getMessage().contains("signature.confirmed"), e.getMessage());
        assertTrue(e.getMessage().contains("field signatureId"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void anEnvelopeWithoutIdTypeOrObjectDataIsRefused() {
        assertThrows(UnreadableEventException.class, () -> reader.envelope(null));
        assertThrows(UnreadableEventException.class, () -> reader.envelope("{\"specversion\":\"1.0\",\"data\":{}}"));
        assertThrows(UnreadableEventException.class,
                () -> reader.envelope(envelope(UUID.randomUUID(), "[1,2]")));
        assertThrows(UnreadableEventException.class, () -> reader.envelope(
                envelope(UUID.randomUUID(), "{}").replace("\"1.0\"", "\"0.3\"")));
    }

    private static String envelope(UUID id, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\"signature.confirmed\","
                + "\"subject\":\"s\",\"time\":\"2026-12-08T01:00:00Z\",\"datacontenttype\":\"application/json\","
                + "\"data\":" + data + "}";
    }
}
