package org.chorus.petition;

import static org.chorus.petition.Tallies.awaitTotal;
import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.petition.events.PetitionMilestoneReached;
import org.chorus.petition.messaging.Topics;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** petition.milestone-reached: each milestone of the confirmed total is announced once, whatever the events do. */
@QuarkusTest
class MilestoneEventTest {

    private static final Duration WINDOW = Duration.ofSeconds(3);

    @Inject
    TestPetitions petitions;

    @Test
    void reachingTheGoalIsAnnouncedOnceDespiteRedeliveriesAndCrossingItAgain() throws Exception {
        Petition p = petitions.createWithGoal(Petition.Status.OPEN, 3);
        UUID first = UUID.randomUUID();
        String[] confirmations = { TestEvents.confirmed(UUID.randomUUID(), p, first, "MM"),
                TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"),
                TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "TH") };
        TestEvents.send(p, confirmations);
        awaitTotal(p, 3);

        ConsumerRecord<String, String> record = TopicReader.await(Topics.PETITIONS, jsonValue(milestone(p, 3)),
                Duration.ofSeconds(20));
        assertEquals(p.id.toString(), record.key(), "keyed by petition, like every event about it");
        JsonNode event = TopicReader.parse(record.value());
        assertEquals(p.id.toString(), event.path("subject").asText());
        assertEquals(p.slug, event.path("data").path("petitionSlug").asText());
        assertEquals("Test petition", event.path("data").path("petitionTitle").asText());
        assertEquals(3, event.path("data").path("goal").asInt());
        assertEquals(3, event.path("data").path("total").asLong());
        EventSchemas.assertConforms(record.value(), PetitionMilestoneReached.TYPE);

        TestEvents.send(p, confirmations);
        TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, first, "MM"),
                TestEvents.withdrawn(UUID.randomUUID(), p, first));
        awaitTotal(p, 2);
        TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
        awaitTotal(p, 3);

        assertEquals(1, TopicReader.count(Topics.PETITIONS, jsonValue(anyMilestone(p)), WINDOW));
    }

    @Test
    void reachingTwiceTheGoalAnnouncesTheNextMilestone() throws Exception {
        Petition p = petitions.createWithGoal(Petition.Status.OPEN, 3);
        for (int i = 0; i < 6; i++) {
            TestEvents.send(p, TestEvents.confirmed(UUID.randomUUID(), p, UUID.randomUUID(), "MM"));
        }
        awaitTotal(p, 6);

        ConsumerRecord<String, String> record = TopicReader.await(Topics.PETITIONS, jsonValue(milestone(p, 6)),
                Duration.ofSeconds(20));
        assertEquals(6, TopicReader.parse(record.value()).path("data").path("total").asLong());
        EventSchemas.assertConforms(record.value(), PetitionMilestoneReached.TYPE);
        assertEquals(2, TopicReader.count(Topics.PETITIONS, jsonValue(anyMilestone(p)), WINDOW),
                "milestones 3 and 6 only");
    }

    private static Predicate<JsonNode> anyMilestone(Petition p) {
        return e -> PetitionMilestoneReached.TYPE.equals(e.path("type").asText())
                && p.id.toString().equals(e.path("data").path("petitionId").asText());
    }

    private static Predicate<JsonNode> milestone(Petition p, long milestone) {
        return anyMilestone(p).and(e -> e.path("data").path("milestone").asLong() == milestone);
    }
}
