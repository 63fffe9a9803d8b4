package org.chorus.letter.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.apache.kafka.clients.producer.Producer;
import org.chorus.messaging.OutboxBatch;
import org.chorus.messaging.OutboxProducers;
import org.chorus.messaging.OutboxRelay;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the outbox relay (chorus-messaging) for letter-service's events, from start to shutdown, woken after each
 * commit that wrote events. Letters are large (an annex of names), so few go in one pass.
 */
@ApplicationScoped
public class EventRelay {

    private static final int BATCH_SIZE = 20;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_EVERY = Duration.ofSeconds(1);

    private final Producer<String, String> producer;
    private final OutboxRelay relay;

    public EventRelay(AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = OutboxProducers.create(bootstrapServers, "letter-service-outbox", Topics.LETTERS_MAX_MESSAGE_BYTES);
        this.relay = new OutboxRelay(new OutboxBatch(dataSource, producer, BATCH_SIZE, SEND_TIMEOUT, encrypted -> {
            throw new IllegalStateException("letter-service writes no encrypted outbox rows");
        }), POLL_EVERY);
    }

    void start(@Observes StartupEvent event) {
        relay.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        relay.stop();
        producer.close();
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        relay.wake();
    }
}
