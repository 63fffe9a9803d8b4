package org.chorus.messaging;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Runs the service's outbox relay from start to shutdown, woken after each commit that wrote events. Its producer
 * (client id {@code <application>-outbox}) is built on the service's Kafka client configuration; sealed rows are
 * opened with the service's OutboxSealing.
 */
@ApplicationScoped
public class EventRelay {

    private final Producer<String, String> producer;
    private final OutboxRelay relay;

    public EventRelay(DataSource dataSource, MessagingConfig config, Instance<OutboxSealing> sealing,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        MessagingConfig.Outbox outbox = config.outbox();
        this.producer = Producers.create(producerConfig(kafka, application, outbox));
        OutboxSealing opener = sealing.isResolvable() ? sealing.get() : null;
        this.relay = new OutboxRelay(new OutboxBatch(dataSource, producer, outbox.batchSize(), outbox.sendTimeout(),
                sealed -> {
                    if (opener == null) {
                        throw new IllegalStateException("a sealed outbox row, but no OutboxSealing to open it");
                    }
                    return opener.open(sealed);
                }), outbox.pollEvery());
    }

    static Map<String, Object> producerConfig(Map<String, Object> kafka, String application,
            MessagingConfig.Outbox outbox) {
        return Producers.config(kafka, application + "-outbox", outbox.maxRecordBytes());
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
