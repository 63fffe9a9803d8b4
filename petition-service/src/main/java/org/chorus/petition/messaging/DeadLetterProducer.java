package org.chorus.petition.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.outbox.DeadLetters;
import org.chorus.outbox.OutboxProducers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Sets aside the records that the tally consumer cannot apply (chorus-outbox's DeadLetters). The reason is kept
 * only where this service wrote it; a parser's message may quote the record (a submitted signature carries an
 * email address), so only its kind is kept.
 */
@ApplicationScoped
public class DeadLetterProducer {

    private final DeadLetters deadLetters;

    public DeadLetterProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.deadLetters = new DeadLetters(OutboxProducers.create(bootstrapServers, "petition-service-dead-letters"));
    }

    public void send(String deadLetterTopic, ConsumerRecord<String, String> record, Exception reason) {
        deadLetters.send(deadLetterTopic, record, quotable(reason));
    }

    private static Exception quotable(Exception reason) {
        if (reason instanceof IllegalArgumentException) {
            return reason;
        }
        if (reason instanceof JsonProcessingException) {
            return new IllegalArgumentException("malformed JSON (" + reason.getClass().getSimpleName() + ")");
        }
        return new IllegalStateException("could not apply the event: " + reason.getClass().getName());
    }

    void stop(@Observes ShutdownEvent event) {
        deadLetters.close();
    }
}
