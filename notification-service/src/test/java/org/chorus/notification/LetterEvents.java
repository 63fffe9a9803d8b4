package org.chorus.notification;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Letter events as letter-service publishes them: the committed samples with fresh ids, on the real broker. */
public final class LetterEvents {

    public static final Path LETTER_SAMPLE = Path.of("src/test/resources/samples/letter.dispatch-requested.json");
    public static final Path BATCH_SAMPLE = Path.of("src/test/resources/samples/batch.dispatched.json");

    private LetterEvents() {
    }

    /** A new letter to these addresses, with the sample's PDF named after it as letter-service names it. */
    public static ObjectNode letter(String... addresses) {
        ObjectNode event = SignatureEvents.sample(LETTER_SAMPLE);
        event.put("id", UUID.randomUUID().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        String letterId = UUID.randomUUID().toString();
        data.put("letterId", letterId);
        pdf(event).put("filename", "letter-" + data.get("targetCode").asText() + "-" + letterId + ".pdf");
        ArrayNode recipients = data.putArray("recipients");
        for (String address : addresses) {
            recipients.addObject().put("role", "UN_MISSION").put("name", "Permanent Representative").put("email", address);
        }
        return event;
    }

    /** A dispatched batch of this petition with this cut-off. */
    public static ObjectNode batch(UUID petitionId, Instant cutoff) {
        ObjectNode event = SignatureEvents.sample(BATCH_SAMPLE);
        event.put("id", UUID.randomUUID().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("batchId", UUID.randomUUID().toString());
        data.put("petitionId", petitionId.toString());
        data.put("cutoff", cutoff.toString());
        return event;
    }

    public static ObjectNode pdf(ObjectNode letter) {
        return (ObjectNode) letter.get("data").get("pdf");
    }

    /** The bytes of the letter's PDF, as the event carries them. */
    public static byte[] pdfBytes(ObjectNode letter) {
        return Base64.getDecoder().decode(pdf(letter).get("base64").asText());
    }

    public static UUID letterId(ObjectNode event) {
        return UUID.fromString(event.get("data").get("letterId").asText());
    }

    /** @return where Kafka wrote the last of them */
    public static RecordMetadata produce(ObjectNode... events) {
        return SignatureEvents.produceTo("letters", (Object[]) events);
    }
}
