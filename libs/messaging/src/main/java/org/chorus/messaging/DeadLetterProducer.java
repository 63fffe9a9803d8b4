package org.chorus.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.chorus.problem.DatabaseOutageException;

import io.smallrye.common.annotation.Identifier;

/**
 * A service's DeadLetters, with a producer of its own (client id {@code <group>-dead-letters}) on the service's
 * Kafka client configuration, and RecordByRecord for its consumers that take batches. The only reason kept as it is
 * in a dead letter is an UnreadableEventException, the one exception written never to quote a record.
 */
@ApplicationScoped
public class DeadLetterProducer {

    @Produces
    @Singleton
    DeadLetters deadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafka, MessagingConfig config) {
        String group = config.deadLetters().group();
        return new DeadLetters(Producers.create(producerConfig(kafka, group)), group, UnreadableEventException.class);
    }

    /** A database outage retries the whole batch; any other failure is the record's own. */
    @Produces
    @Singleton
    RecordByRecord recordByRecord(DeadLetters deadLetters) {
        return new RecordByRecord(deadLetters, DatabaseOutageException::rethrowIfOutage);
    }

    void close(@Disposes DeadLetters deadLetters) {
        deadLetters.close();
    }

    static Map<String, Object> producerConfig(Map<String, Object> kafka, String group) {
        return Producers.config(kafka, group + "-dead-letters", Producers.KAFKA_DEFAULT_MAX_REQUEST_BYTES);
    }
}
