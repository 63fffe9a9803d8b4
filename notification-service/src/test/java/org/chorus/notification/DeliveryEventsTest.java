package org.chorus.notification;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchema;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Each email's outcome is reported on topic deliveries (email.sent, email.bounced; email.failed in SmtpOutageTest),
 * through the outbox, without any address; an address the recipient's server refuses bounces at once.
 */
@QuarkusTest
class DeliveryEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of("src/main/resources/schemas/email.delivery.schema.json");

    @Inject
    TestEmails emails;

    @Test
    void sentEmailIsReportedWithItsIdsAndNoAddress() throws IOException, MessagingException {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "Aung San", "en");
        SignatureEvents.produce(submitted);
        Mailbox.awaitExactlyOne(address);
        EmailMessage row = emails.oneForEvent(SignatureEvents.id(submitted));

        ConsumerRecord<String, String> record = report(row.id, "email.sent");
        assertThat(record.value(), not(containsString(address)));
        assertThat(record.value(), not(containsString("Aung San")));
        JsonNode data = JSON.readTree(record.value()).get("data");
        assertEquals("CONFIRMATION", data.get("kind").asText());
        assertEquals("SENT", data.get("status").asText());
        assertEquals(SignatureEvents.signatureId(submitted).toString(), data.get("signatureId").asText());
        assertEquals(SignatureEvents.id(submitted).toString(), data.get("causeEventId").asText());
        assertEquals(data.get("petitionId").asText(), record.key(), "one petition's reports stay in order");
        assertThat(data.toString(), matchesJsonSchema(SCHEMA.toFile()));

        assertEquals("<" + row.id + "@chorus.example.org>", Mailbox.to(address).get(0).getMessageID(),
                "a bounce finds its email by the Message-ID");
    }

    @Test
    void addressRefusedBySmtpBouncesAtOnceIsSuppressedAndReported() throws IOException {
        String address = SignatureEvents.newEmail();
        ObjectNode submitted = SignatureEvents.submitted(address, "Aung San", "en");
        UUID eventId = SignatureEvents.id(submitted);
        try (RejectingSmtpServer rejecting = RejectingSmtpServer.replaceTheTestServer()) {
            SignatureEvents.produce(submitted);
            await().atMost(Duration.ofSeconds(20)).until(() -> status(eventId) == EmailMessage.Status.BOUNCED);
        }
        EmailMessage bounced = emails.oneForEvent(eventId);
        // a pooled connection to the server that was replaced may fail once first; 550 is never retried
        assertThat(bounced.attempts, lessThanOrEqualTo(2));
        assertThat(bounced.lastError, containsString("550"));
        assertThat(bounced.lastError, not(containsString(address)));
        assertNull(bounced.recipientEncrypted, "a bounced email keeps no address");
        assertEquals(Optional.of("BOUNCED"), emails.suppressedBecause(address));

        ConsumerRecord<String, String> record = report(bounced.id, "email.bounced");
        assertThat(record.value(), not(containsString(address)));
        JsonNode data = JSON.readTree(record.value()).get("data");
        assertEquals("BOUNCED", data.get("status").asText());
        assertThat(data.toString(), matchesJsonSchema(SCHEMA.toFile()));
    }

    static ConsumerRecord<String, String> report(UUID emailId, String type) {
        return TopicReader.await("deliveries",
                r -> r.value().contains("\"type\":\"" + type + "\"") && r.value().contains(emailId.toString()),
                Duration.ofSeconds(20));
    }

    private EmailMessage.Status status(UUID eventId) {
        return emails.forEvent(eventId).stream().findFirst().map(m -> m.status).orElse(null);
    }
}
