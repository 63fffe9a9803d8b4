package org.chorus.petition.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.chorus.outbox.DeadLetters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * petition-service's dead letters (chorus-outbox): the tally consumer writes its own reasons as
 * IllegalArgumentExceptions, the only ones kept as they are.
 */
@ApplicationScoped
public class DeadLetterProducer {

    @Produces
    @Singleton
    DeadLetters deadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return DeadLetters.create(bootstrapServers, "petition-service-dead-letters", IllegalArgumentException.class);
    }

    void close(@Disposes DeadLetters deadLetters) {
        deadLetters.close();
    }
}
