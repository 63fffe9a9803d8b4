package org.chorus.petition.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.apache.kafka.clients.producer.Producer;
import org.chorus.messaging.OutboxBatch;
import org.chorus.messaging.OutboxProducers;
import org.chorus.messaging.OutboxRelay;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.crypto.SignerDataCipher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the outbox relay (chorus-messaging) for petition-service's events: from start to shutdown, woken after each
 * commit that wrote events. The rows are encrypted, because some events carry a signer's email and name.
 */
@ApplicationScoped
public class EventRelay {

    private final Producer<String, String> producer;
    private final OutboxRelay relay;

    public EventRelay(AgroalDataSource dataSource, PetitionConfig config, SignerDataCipher cipher,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = OutboxProducers.create(bootstrapServers, "petition-service-outbox");
        PetitionConfig.Outbox outbox = config.outbox();
        this.relay = new OutboxRelay(new OutboxBatch(dataSource, producer, outbox.batchSize(), outbox.sendTimeout(),
                cipher::decrypt), outbox.pollEvery());
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
