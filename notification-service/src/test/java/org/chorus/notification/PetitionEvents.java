package org.chorus.notification;

import java.nio.file.Path;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Petition events as petition-service publishes them: the committed sample with fresh ids, on the real broker. */
public final class PetitionEvents {

    public static final Path MILESTONE_SAMPLE = Path.of("src/test/resources/samples/petition.milestone-reached.json");

    private PetitionEvents() {
    }

    /** The sample petition.milestone-reached with a new event id, for this petition and milestone. */
    public static ObjectNode milestone(UUID petitionId, long milestone) {
        ObjectNode event = SignatureEvents.sample(MILESTONE_SAMPLE);
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", petitionId.toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("petitionId", petitionId.toString());
        data.put("milestone", milestone);
        data.put("total", milestone);
        return event;
    }

    /** @return where Kafka wrote the last of them */
    public static RecordMetadata produce(ObjectNode... events) {
        return SignatureEvents.produceTo("petitions", (Object[]) events);
    }
}
