package org.chorus.letter;

import java.time.Duration;

import org.chorus.testing.kafka.ConsumerGroup;

/** letter-service's consumer group: one member for each of its three channels (signatures, petitions, deliveries). */
final class ConsumerGroups {

    static final String GROUP = "letter-service";
    private static final int CHANNELS = 3;

    private ConsumerGroups() {
    }

    /** Until every channel's consumer is in the group, so that none joining later delivers a held batch again. */
    static void awaitSettled() throws Exception {
        ConsumerGroup.awaitSettled(GROUP, CHANNELS, Duration.ofSeconds(60));
    }
}
