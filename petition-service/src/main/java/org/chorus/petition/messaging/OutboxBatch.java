package org.chorus.petition.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.petition.OutboxEvent;
import org.chorus.petition.config.PetitionConfig;
import org.chorus.petition.crypto.SignerDataCipher;
import org.chorus.petition.events.CloudEvent;

/**
 * One relay pass: sends the oldest outbox events to Kafka in order and deletes each one Kafka acknowledged.
 * What Kafka did not acknowledge stays, with everything after it, for the next pass.
 */
@ApplicationScoped
public class OutboxBatch {

    private final Producer<String, String> producer;
    private final PetitionConfig.Outbox config;
    private final SignerDataCipher cipher;

    public OutboxBatch(Producer<String, String> producer, PetitionConfig config, SignerDataCipher cipher) {
        this.producer = producer;
        this.config = config.outbox();
        this.cipher = cipher;
    }

    /** @return how many events were sent, and how many of them Kafka acknowledged. */
    @Transactional
    public Result relayOnce() {
        List<OutboxEvent> batch = OutboxEvent.oldestLocked(config.batchSize());
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            sent.add(send(event));
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        int acknowledged = 0;
        while (acknowledged < batch.size() && acknowledged(sent.get(acknowledged), deadline)) {
            acknowledged++;
        }
        if (acknowledged > 0) {
            // one statement for the whole acknowledged prefix, not one per event
            OutboxEvent.delete("seq in ?1", batch.subList(0, acknowledged).stream().map(e -> e.seq).toList());
        }
        return new Result(batch.size(), acknowledged);
    }

    public record Result(int attempted, int acknowledged) {

        boolean allAcknowledged() {
            return attempted == acknowledged;
        }
    }

    private Future<RecordMetadata> send(OutboxEvent event) {
        String value = event.cloudEventEncrypted != null ? cipher.decrypt(event.cloudEventEncrypted) : event.cloudEvent;
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.recordKey, value);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean acknowledged(Future<RecordMetadata> future, long deadlineNanos) {
        try {
            future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
