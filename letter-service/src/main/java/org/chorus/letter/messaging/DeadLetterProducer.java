package org.chorus.letter.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.chorus.messaging.DeadLetters;
import org.chorus.messaging.RecordByRecord;
import org.chorus.problem.DatabaseOutageException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * letter-service's dead letters (chorus-messaging): only its own UnreadableEventException is written never to quote a
 * record, so it is the only reason kept as it is.
 */
@ApplicationScoped
public class DeadLetterProducer {

    /** @param group the consumer group of every channel here, the batch consumers' that send through this */
    @Produces
    @Singleton
    DeadLetters deadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.incoming." + Topics.SIGNATURES_FOR_LETTERS + ".group.id")
            String group) {
        return DeadLetters.create(bootstrapServers, group, UnreadableEventException.class);
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
