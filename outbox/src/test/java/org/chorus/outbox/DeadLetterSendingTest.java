package org.chorus.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** When Kafka does not take every dead letter of a batch: each still reaches the topic once. */
class DeadLetterSendingTest {

    /** Kafka's stand-in producer: each send waits until the test says whether Kafka took it. */
    private final MockProducer<String, String> kafka = new MockProducer<>(false, null, new StringSerializer(),
            new StringSerializer());
    private final DeadLetters deadLetters = new DeadLetters(kafka, IllegalArgumentException.class);

    @Test
    void aDeadLetterKafkaDidNotTakeIsSentAgainAndOneItTookIsNot() throws Exception {
        DeadLetterBatch batch = deadLetters.batch("signatures.dlq");
        batch.add(new ConsumerRecord<>("signatures", 0, 7, "k", "first"), new IllegalArgumentException("bad"));
        batch.add(new ConsumerRecord<>("signatures", 0, 8, "k", "second"), new IllegalArgumentException("bad"));

        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> deadLetters.send(batch));
        waitUntil(() -> kafka.history().size() == 2);
        kafka.completeNext();
        kafka.errorNext(new TimeoutException("broker away"));
        waitUntil(() -> kafka.history().size() == 3);
        kafka.completeNext();
        sending.get(10, TimeUnit.SECONDS);

        assertEquals(List.of("first", "second", "second"),
                kafka.history().stream().map(ProducerRecord::value).toList());
        assertTrue(batch.unsent().isEmpty());
    }

    @Test
    void aBatchWithoutDeadLettersSendsNothing() {
        deadLetters.send(deadLetters.batch("signatures.dlq"));

        assertTrue(kafka.history().isEmpty());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
