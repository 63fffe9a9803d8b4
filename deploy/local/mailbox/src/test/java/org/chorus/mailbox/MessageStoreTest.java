package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageStoreTest {

    @Test
    void keepsOnlyTheNewestWhenFull() {
        MessageStore store = new MessageStore(3);
        for (int i = 1; i <= 5; i++) {
            store.add(message(String.valueOf(i), "reader@example.org"));
        }

        assertEquals(List.of("5", "4", "3"), store.newestFirst().stream().map(StoredMessage::id).toList());
        assertTrue(store.find("1").isEmpty());
        assertTrue(store.find("3").isPresent());
    }

    @Test
    void filtersOnAnyRecipientIgnoringCaseAndSpaces() {
        MessageStore store = new MessageStore(10);
        store.add(message("1", "a@example.org", "B@example.org"));
        store.add(message("2", "c@example.org"));

        assertEquals(List.of("1"), store.addressedTo(" b@EXAMPLE.org ").stream().map(StoredMessage::id).toList());
        assertEquals(List.of(), store.addressedTo("b@example").stream().map(StoredMessage::id).toList());
    }

    @Test
    void clearEmptiesTheStore() {
        MessageStore store = new MessageStore(10);
        store.add(message("1", "a@example.org"));

        store.clear();

        assertEquals(List.of(), store.newestFirst());
    }

    private static StoredMessage message(String id, String... to) {
        return new StoredMessage(id, "petitions@chorus.test", List.of(to), "s", "t", null, List.of(), Instant.EPOCH);
    }
}
