package org.chorus.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.chorus.messaging.DeadLetters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * notification-service's dead letters (chorus-messaging): only its own UnreadableEventException is written never to quote a
 * record, so it is the only reason kept as it is.
 */
@ApplicationScoped
public class DeadLetterProducer {

    /** @param group the consumer group of every channel here, SignatureListener's that sends through this */
    @Produces
    @Singleton
    DeadLetters deadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.incoming." + Topics.SIGNATURES_FOR_EMAIL + ".group.id") String group) {
        return DeadLetters.create(bootstrapServers, group, UnreadableEventException.class);
    }

    void close(@Disposes DeadLetters deadLetters) {
        deadLetters.close();
    }
}
