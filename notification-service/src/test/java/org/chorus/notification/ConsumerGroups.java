package org.chorus.notification;

import java.time.Duration;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.testing.kafka.ConsumerGroup;

/** notification-service's consumer group: one member for each of its three channels (signatures, petitions, letters). */
final class ConsumerGroups {

    static final String GROUP = "notification-service";
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final int CHANNELS = 3;

    private ConsumerGroups() {
    }

    /** Until every channel's consumer is in the group: a test before may have thrown them out (ConsumerRecoveryTest). */
    static void awaitSettled() throws Exception {
        ConsumerGroup.awaitSettled(GROUP, CHANNELS, WAIT);
    }

    /** Until the group has committed past {@code record}: it and the records before it are applied or dead-lettered. */
    static void awaitDoneWith(RecordMetadata record) throws Exception {
        ConsumerGroup.awaitCommittedPast(GROUP, record, WAIT);
    }
}
