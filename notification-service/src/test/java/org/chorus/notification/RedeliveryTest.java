package org.chorus.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RedeliveryTest {

    @Inject
    TestEmails emails;

    @Test
    void sameEventDeliveredTwiceSendsOneEmail() {
        String address = SignatureEvents.newEmail();
        ObjectNode event = SignatureEvents.submitted(address, "Aung San", "en");
        String after = SignatureEvents.newEmail();
        // the marker behind the duplicate on the same partition proves the duplicate has been handled
        SignatureEvents.produce(event, event, SignatureEvents.submitted(after, "Marker", "en"));

        Mailbox.awaitExactlyOne(after);
        Mailbox.awaitExactlyOne(address);
        assertEquals(1, emails.forEvent(SignatureEvents.id(event)).size());
    }

    @Test
    void confirmedSignatureSendsNothingAndIsNotDeadLettered() {
        ObjectNode confirmed = SignatureEvents.confirmed();
        String after = SignatureEvents.newEmail();
        SignatureEvents.produce(confirmed, SignatureEvents.submitted(after, "Marker", "en"));

        Mailbox.awaitExactlyOne(after);
        UUID id = SignatureEvents.id(confirmed);
        assertEquals(0, emails.forEvent(id).size());
        assertTrue(TopicReader.all("signatures.dlq").stream().noneMatch(r -> r.value().contains(id.toString())),
                "a known event must not be dead-lettered");
    }
}
