package org.chorus.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The messaging kit's settings. The Kafka clients themselves are configured by the standard {@code kafka.*}. */
@ConfigMapping(prefix = "chorus.messaging")
public interface MessagingConfig {

    /** The CloudEvents {@code source} of this service's events, e.g. {@code /petition-service}. */
    String source();

    Outbox outbox();

    DeadLetters deadLetters();

    interface Outbox {
        /** How many outbox records one relay pass sends. */
        @WithDefault("500")
        int batchSize();

        /** How long a relay pass waits for Kafka to acknowledge before it leaves the records for the next pass. */
        @WithDefault("PT10S")
        Duration sendTimeout();

        /** How often the relay looks for events it was not woken for (another replica's, or from before a restart). */
        @WithDefault("PT1S")
        Duration pollEvery();

        /**
         * The largest record the relay sends (Kafka's default megabyte); more for letters with their PDF, which
         * their topic's {@code max.message.bytes} must allow too.
         */
        @WithDefault("1048576")
        int maxRecordBytes();
    }

    interface DeadLetters {
        /** The consumer group named in each dead letter: the group of the consumers that send through DeadLetters. */
        String group();
    }
}
