package org.chorus.letter;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.chorus.letter.service.DemoLetterTemplates;
import org.chorus.letter.service.Petitions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Publishes a petition of its own for a test, from the committed sample, as petition-service would. */
public final class PublishedPetitions {

    static final Path SAMPLE = Path.of("src/test/resources/samples/petition.published.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A published petition: its id and slug. */
    public record Published(UUID id, String slug) {
    }

    private PublishedPetitions() {
    }

    /** Waits until the petitions read model has it. Its sensitive states are the sample's: Myanmar. */
    public static Published publish(Petitions petitions) throws Exception {
        UUID id = UUID.randomUUID();
        return publish(petitions, id, event(id, slug(id)));
    }

    /** As {@link #publish(Petitions)}, naming these sensitive states, or none at all (an older event) if null. */
    public static Published publish(Petitions petitions, List<String> sensitiveStates) throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode event = event(id, slug(id));
        ObjectNode data = (ObjectNode) event.get("data");
        if (sensitiveStates == null) {
            data.remove("sensitiveStates");
        } else {
            data.set("sensitiveStates", JSON.valueToTree(sensitiveStates));
        }
        return publish(petitions, id, event);
    }

    /**
     * The demo campaign's petition (myanmar-arms-embargo) with the sample's id, whose letter templates
     * DemoLetterTemplates stores; publishing it again changes nothing.
     */
    public static Published publishDemo(Petitions petitions) throws Exception {
        UUID id = UUID.fromString(JSON.readTree(Files.readString(SAMPLE)).get("data").get("petitionId").asText());
        return publish(petitions, id, event(id, DemoLetterTemplates.DEMO_PETITION));
    }

    private static Published publish(Petitions petitions, UUID id, ObjectNode event) throws Exception {
        String slug = event.get("data").get("petitionSlug").asText();
        TopicWriter.sendPetitionEvents(id, event.toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> petitions.bySlug(slug).isPresent());
        return new Published(id, slug);
    }

    private static String slug(UUID id) {
        return "letter-test-" + id.toString().substring(0, 8);
    }

    /** The sample petition.published with a new event id, for this petition and slug. */
    public static ObjectNode event(UUID petitionId, String slug) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(SAMPLE));
        event.put("id", UUID.randomUUID().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("petitionId", petitionId.toString());
        data.put("petitionSlug", slug);
        return event;
    }
}
