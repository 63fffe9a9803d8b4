package org.chorus.petition.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of petition-service. */
@ConfigMapping(prefix = "chorus.petition")
public interface PetitionConfig {

    /** Base64 key (32 bytes) of the HMAC that de-duplicates email addresses without storing them. */
    String emailHashKey();

    /** Base64 AES-256 key that encrypts signers' personal data at rest. */
    String dataKey();

    /** How long a confirmation link stays valid. */
    @WithDefault("P7D")
    Duration confirmationTtl();

    /** Identifies this service as the source of its CloudEvents. */
    @WithDefault("/petition-service")
    String eventSource();

    /** Publish the demo campaign of CAMPAIGN.md at start (local platform and dev mode only). */
    @WithDefault("false")
    boolean demoData();

    Outbox outbox();

    Closing closing();

    interface Closing {
        /**
         * How often petitions past their closesAt are marked CLOSED (ClosingSchedule reads it by name). Signing
         * already refuses from closesAt on, so this only bounds how late the status and the event follow.
         */
        @WithDefault("PT30S")
        Duration checkEvery();
    }

    interface Outbox {
        /** How often the relay looks for new events. */
        @WithDefault("PT0.2S")
        Duration pollEvery();

        /** How many outbox records one relay pass sends. */
        @WithDefault("500")
        int batchSize();

        /** How long a relay pass waits for Kafka to acknowledge before it leaves the records for the next pass. */
        @WithDefault("PT10S")
        Duration sendTimeout();
    }
}
