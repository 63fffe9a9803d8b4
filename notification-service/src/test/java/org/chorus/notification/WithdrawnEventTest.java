package org.chorus.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.chorus.notification.messaging.SignatureListener;
import org.chorus.notification.messaging.Topics;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A withdrawal or an invalidation is a known event here, also of a signature this service never heard of: it must
 * not end up in the dead-letter topic as an unknown one. ThankYouEmailTest shows what it erases.
 */
@QuarkusTest
class WithdrawnEventTest {

    @Inject
    SignatureListener listener;

    @Test
    void withdrawnEventOfAnUnknownSignatureIsRead() throws IOException {
        assertReadWithoutDeadLetter(SignatureEvents.WITHDRAWN_SAMPLE);
    }

    @Test
    void invalidatedEventOfAnUnknownSignatureIsRead() throws IOException {
        assertReadWithoutDeadLetter(SignatureEvents.INVALIDATED_SAMPLE);
    }

    /**
     * The listener sends a dead letter before it returns, so one would already be on the topic. Each record has an
     * offset of its own: a dead letter is sent once for a record, which is known by where it was read.
     */
    private void assertReadWithoutDeadLetter(Path sample) throws IOException {
        String value = Files.readString(sample);
        TopicPartition partition = new TopicPartition(Topics.SIGNATURES, 0);
        long offset = ThreadLocalRandom.current().nextLong(1L << 40);
        listener.onEvents(new ConsumerRecords<>(
                Map.of(partition, List.of(new ConsumerRecord<>(Topics.SIGNATURES, 0, offset, "key", value))),
                Map.of()));
        assertTrue(TopicReader.all(Topics.SIGNATURES_DLQ).stream().noneMatch(r -> value.equals(r.value())),
                "the event went to the dead-letter topic");
    }
}
