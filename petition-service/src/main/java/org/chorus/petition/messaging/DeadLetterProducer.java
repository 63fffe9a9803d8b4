package org.chorus.petition.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.chorus.messaging.DeadLetters;
import org.chorus.messaging.RecordByRecord;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * petition-service's dead letters (chorus-messaging): the tally consumer writes its own reasons as
 * IllegalArgumentExceptions, the only ones kept as they are.
 */
@ApplicationScoped
public class DeadLetterProducer {

    /** @param group the tally consumer's group, whose records are set aside here */
    @Produces
    @Singleton
    DeadLetters deadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.incoming." + Topics.SIGNATURES_FOR_TALLY + ".group.id") String group) {
        return DeadLetters.create(bootstrapServers, group, IllegalArgumentException.class);
    }

    /** How the consumers that take batches apply them: a database outage retries the batch, not one record. */
    @Produces
    @Singleton
    RecordByRecord recordByRecord(DeadLetters deadLetters) {
        return new RecordByRecord(deadLetters, DatabaseOutageException::rethrowIfOutage);
    }

    void close(@Disposes DeadLetters deadLetters) {
        deadLetters.close();
    }
}
