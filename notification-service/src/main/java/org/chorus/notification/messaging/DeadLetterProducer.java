package org.chorus.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.outbox.DeadLetters;
import org.chorus.outbox.OutboxProducers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Sets aside the records that a batch consumer cannot apply (chorus-outbox's DeadLetters). An exception that is
 * not this service's own UnreadableEventException may quote the record, so only its type is kept as the reason.
 */
@ApplicationScoped
public class DeadLetterProducer {

    private final DeadLetters deadLetters;

    public DeadLetterProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.deadLetters = new DeadLetters(OutboxProducers.create(bootstrapServers, "notification-service-dead-letters"));
    }

    public void send(String deadLetterTopic, ConsumerRecord<String, String> record, RuntimeException reason) {
        deadLetters.send(deadLetterTopic, record, reason instanceof UnreadableEventException ? reason
                : new UnreadableEventException("could not apply the event: " + reason.getClass().getName()));
    }

    void stop(@Observes ShutdownEvent event) {
        deadLetters.close();
    }
}
