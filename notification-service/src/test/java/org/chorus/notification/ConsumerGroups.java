package org.chorus.notification;

import java.time.Duration;

import org.chorus.testing.kafka.ConsumerGroup;

/** notification-service's consumer group: one member for each of its three channels (signatures, petitions, letters). */
final class ConsumerGroups {

    private static final String GROUP = "notification-service";
    private static final int CHANNELS = 3;

    private ConsumerGroups() {
    }

    /** Until every channel's consumer is in the group: a test before may have thrown them out (ConsumerRecoveryTest). */
    static void awaitSettled() throws Exception {
        ConsumerGroup.awaitSettled(GROUP, CHANNELS, Duration.ofSeconds(60));
    }
}
