package org.chorus.notification.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of notification-service. */
@ConfigMapping(prefix = "chorus.notification")
public interface NotificationConfig {

    /** Base64 AES-256 key that encrypts recipients and bodies of queued emails at rest. */
    String dataKey();

    /**
     * Base64 key (32 bytes or more) of the keyed hash that stands for an address in the suppression list and in
     * unsubscribe links: the list never holds an address, and nobody without the key can test one against it.
     */
    String addressKey();

    /** The public address of the platform (the gateway) that links in emails point to. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The From header of every email. */
    @WithDefault("Chorus <no-reply@chorus.example.org>")
    String from();

    Sender sender();

    Intake intake();

    /** How far ahead of sending the signature events are taken in (messaging/SignerEmailBacklog). */
    interface Intake {
        /**
         * New signature events stay in Kafka while this many confirmation and thank-you emails wait to be sent; 0
         * for no limit. The default is 40 s of sending at 50 a second.
         */
        @WithDefault("2000")
        int maxQueuedEmails();

        /** How often a held-back intake looks again whether the queue has room. */
        @WithDefault("PT1S")
        Duration checkEvery();
    }

    interface Sender {
        /** How often the sender looks for due emails when nothing woke it. */
        @WithDefault("PT0.5S")
        Duration pollEvery();

        /**
         * After this many delivery attempts the sender vacuums email_message (each attempt leaves an old row
         * version behind, which the next look for a due email reads through until a VACUUM, and autovacuum may
         * be off or behind); 0 never.
         */
        @WithDefault("10000")
        int vacuumEvery();

        /** How many delivery attempts an email gets before it is FAILED. */
        @WithDefault("10")
        int maxAttempts();

        /** The wait before the first retry; each further retry waits twice as long. */
        @WithDefault("PT30S")
        Duration firstRetryAfter();

        /**
         * At most this many emails a second leave this instance. A spike's confirmations queue instead of taking the
         * machine's CPU from signing; they go out as fast as this allows afterwards.
         */
        @WithDefault("50")
        int maxPerSecond();

        /**
         * At most this many emails an hour to one recipient domain, a minute's share at once; 0 for no limit. Big
         * mail providers take far more than a petition sends, so the default limits only the domains named below.
         */
        @WithDefault("0")
        int perDomainPerHour();

        /** Hourly limits of named domains, for example {@code domain-per-hour."mfa.gov.example"=60}. */
        Map<String, Integer> domainPerHour();

        /** Letters to one address leave at least this far apart, so that batches do not flood a ministry. */
        @WithDefault("PT5M")
        Duration letterSpacing();

        /** The longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration maxRetryAfter();
    }
}
