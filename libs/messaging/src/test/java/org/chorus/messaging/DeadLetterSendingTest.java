package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * When Kafka does not take every dead letter of a batch, or delivers the batch again: each still reaches the topic
 * once.
 */
class DeadLetterSendingTest {

    /** Kafka's stand-in producer: each send waits until the test says whether Kafka took it. */
    private final MockProducer<String, String> kafka = new MockProducer<>(false, null, new StringSerializer(),
            new StringSerializer());
    private final DeadLetters deadLetters = new DeadLetters(kafka, "letter-service", IllegalArgumentException.class);
    /** A stand-in producer whose every send Kafka takes at once. */
    private final MockProducer<String, String> kafkaTaking = new MockProducer<>(true, null, new StringSerializer(),
            new StringSerializer());
    private final DeadLetters taking = new DeadLetters(kafkaTaking, "letter-service", IllegalArgumentException.class);

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
    void aRecordWhoseDeadLetterKafkaTookIsNotSentAgainWhenItsBatchIsDeliveredAgain() {
        List<ConsumerRecord<String, String>> batch = List.of(record(7, 1_000L, "unknown"),
                record(8, 1_001L, "unreadable"));
        sendSettingAside(batch);
        sendSettingAside(batch);

        assertEquals(List.of("unknown", "unreadable"), values(kafkaTaking),
                "a record delivered again was dead-lettered again");
    }

    @Test
    void anotherRecordAtTheSamePlaceIsSentItsOwnDeadLetter() {
        // a topic deleted and created again starts its offsets over
        sendSettingAside(List.of(record(7, 1_000L, "before")));
        sendSettingAside(List.of(record(7, 2_000L, "after")));

        assertEquals(List.of("before", "after"), values(kafkaTaking));
    }

    @Test
    void theSameRecordSetAsideForAnotherDeadLetterTopicIsSentThere() {
        ConsumerRecord<String, String> record = record(7, 1_000L, "unknown");
        DeadLetterBatch one = taking.batch("signatures.dlq");
        one.add(record, new IllegalArgumentException("bad"));
        DeadLetterBatch other = taking.batch("other.dlq");
        other.add(record, new IllegalArgumentException("bad"));
        taking.send(one);
        taking.send(other);

        assertEquals(List.of("signatures.dlq", "other.dlq"),
                kafkaTaking.history().stream().map(ProducerRecord::topic).toList());
    }

    @Test
    void onlyTheLatestRecordsAreRememberedSoThatTheMemoryStaysBounded() {
        sendSettingAside(List.of(record(0, 1_000L, "oldest")));
        List<ConsumerRecord<String, String>> later = new ArrayList<>();
        for (int offset = 1; offset <= SentDeadLetters.REMEMBERED; offset++) {
            later.add(record(offset, 1_000L, "later"));
        }
        sendSettingAside(later);
        sendSettingAside(List.of(record(0, 1_000L, "oldest")));

        assertEquals(SentDeadLetters.REMEMBERED + 2, kafkaTaking.history().size());
    }

    @Test
    void aBatchWithoutDeadLettersSendsNothing() {
        deadLetters.send(deadLetters.batch("signatures.dlq"));

        assertTrue(kafka.history().isEmpty());
    }

    /** Sends one batch of these records set aside, through a producer whose every send Kafka takes. */
    private void sendSettingAside(List<ConsumerRecord<String, String>> records) {
        DeadLetterBatch batch = taking.batch("signatures.dlq");
        records.forEach(record -> batch.add(record, new IllegalArgumentException("bad")));
        taking.send(batch);
    }

    private static List<String> values(MockProducer<String, String> kafka) {
        return kafka.history().stream().map(ProducerRecord::value).toList();
    }

    private static ConsumerRecord<String, String> record(long offset, long timestamp, String value) {
        return new ConsumerRecord<>("signatures", 0, offset, timestamp, TimestampType.CREATE_TIME, 0, 0, "k", value,
                new RecordHeaders(), Optional.empty());
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
