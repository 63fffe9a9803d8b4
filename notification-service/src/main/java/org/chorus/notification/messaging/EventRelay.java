package org.chorus.notification.messaging;

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
 * Runs the outbox relay (chorus-messaging) for notification-service's events: from start to shutdown, woken after
 * each commit that wrote events. Delivery reports carry no personal data, so no row is encrypted.
 */
@ApplicationScoped
public class EventRelay {

    private static final int BATCH_SIZE = 500;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_EVERY = Duration.ofSeconds(1);

    private final Producer<String, String> producer;
    private final OutboxRelay relay;

    public EventRelay(AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = OutboxProducers.create(bootstrapServers, "notification-service-outbox");
        this.relay = new OutboxRelay(new OutboxBatch(dataSource, producer, BATCH_SIZE, SEND_TIMEOUT, encrypted -> {
            throw new IllegalStateException("notification-service writes no encrypted outbox rows");
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
