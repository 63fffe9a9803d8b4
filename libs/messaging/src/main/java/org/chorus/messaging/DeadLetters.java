package org.chorus.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Sets aside the events that a consumer cannot read: sends them to a dead-letter topic with the headers of
 * SmallRye's dead-letter strategy (reason, topic, partition, offset) and the consumer group that set them aside, and
 * waits until Kafka has them. For consumers that take their events in batches: SmallRye's strategy would dead-letter
 * the whole batch for one bad event, so they collect the bad ones in a {@link DeadLetterBatch}, apply the rest, then
 * send the bad ones here. The reason is reduced to what may be quoted (QuotableReason), also for the consumers that
 * take their records one at a time and leave the sending to SmallRye ({@link #quotable(Exception)}).
 *
 * <p>A record is sent once even when Kafka delivers its batch again (SentDeadLetters). Kafka's delivery is at least
 * once all the same: a service stopped after sending a batch's dead letters and before its consumer committed reads
 * the batch again after its restart, and sends them again. So a reader of a dead-letter topic takes a repeat for what
 * it is: the dead letters of one record sent here carry the same {@value #GROUP}, {@value #TOPIC}, {@value #PARTITION}
 * and {@value #OFFSET}. (A record set aside by several services, each its own consumer group, is one dead letter of
 * each on a shared topic such as signatures.dlq.) The dead letters of SmallRye's strategy name no group; they too may
 * come twice, from a service stopped before its commit. Sent back to its topic to be applied, a repeat is harmless:
 * the consumers recognize an event they applied before by its id.
 */
public final class DeadLetters implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    public static final String REASON = "dead-letter-reason";
    static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";
    static final String GROUP = "dead-letter-consumer-group";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Producer<String, String> producer;
    private final String consumerGroup;
    private final Class<? extends Exception> quotable;
    private final SentDeadLetters sent = new SentDeadLetters();

    /**
     * @param consumerGroup the group of the consumers whose records are set aside here, named in each dead letter
     * @param quotable the service's own exception for a record it cannot act on, whose message never quotes the
     *        record: the only reason kept as it is
     */
    public DeadLetters(Producer<String, String> producer, String consumerGroup, Class<? extends Exception> quotable) {
        this.producer = producer;
        this.consumerGroup = consumerGroup;
        this.quotable = quotable;
    }

    /**
     * For a consumer that takes its records one at a time and lets SmallRye's dead-letter strategy send the one it
     * cannot apply: the failure to throw, with the reason a dead letter sent here would carry and no cause (the
     * strategy writes the message of the failure and of its cause into the dead letter's headers).
     */
    public RuntimeException quotable(Exception failure) {
        Exception reason = QuotableReason.of(failure, quotable);
        return reason instanceof RuntimeException runtime && runtime.getCause() == null ? runtime
                : new IllegalStateException(reason.getMessage());
    }

    /** An empty set of records to be set aside on {@code deadLetterTopic}, for one delivery of a batch. */
    public DeadLetterBatch batch(String deadLetterTopic) {
        return new DeadLetterBatch(deadLetterTopic, quotable);
    }

    /**
     * Sends the batch's records and waits until Kafka has taken each. While it does not, the ones it did not take
     * are sent again every second; one it took is never sent again, so each reaches the topic once (retrying the
     * whole consumer batch instead would send again those taken before the one that failed). Nor is one whose dead
     * letter Kafka took for an earlier delivery of the same record.
     *
     * @throws DeadLetterNotSentException when interrupted before Kafka took them all: the caller must not
     *         acknowledge the records, so that they are read again
     */
    public void send(DeadLetterBatch batch) {
        batch.stillUnsent(batch.unsent().stream().filter(l -> !sent.contains(batch.topic(), l.record())).toList());
        boolean warned = false;
        while (true) {
            List<DeadLetterBatch.DeadLetter> notTaken = sendOnce(batch.topic(), batch.unsent());
            batch.stillUnsent(notTaken);
            if (notTaken.isEmpty()) {
                if (warned) {
                    LOG.infof("dead letters: Kafka took the rest of them on %s", batch.topic());
                }
                return;
            }
            if (!warned) {
                LOG.warnf("dead letters: Kafka did not take %d for %s; they are sent again until it does",
                        notTaken.size(), batch.topic());
                warned = true;
            }
            try {
                Thread.sleep(RETRY_AFTER.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeadLetterNotSentException(batch.topic(), e);
            }
        }
    }

    /** @return the dead letters Kafka did not take in time */
    private List<DeadLetterBatch.DeadLetter> sendOnce(String topic, List<DeadLetterBatch.DeadLetter> letters) {
        List<Future<RecordMetadata>> produced = new ArrayList<>(letters.size());
        for (DeadLetterBatch.DeadLetter letter : letters) {
            produced.add(produce(topic, letter));
        }
        long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
        List<DeadLetterBatch.DeadLetter> notTaken = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            if (taken(produced.get(i), deadline, topic)) {
                sent.add(topic, letters.get(i).record());
            } else {
                notTaken.add(letters.get(i));
            }
        }
        return notTaken;
    }

    private Future<RecordMetadata> produce(String topic, DeadLetterBatch.DeadLetter letter) {
        ConsumerRecord<String, String> record = letter.record();
        Exception reason = letter.reason();
        ProducerRecord<String, String> dead = new ProducerRecord<>(topic, null, record.key(), record.value());
        record.headers().forEach(header -> dead.headers().add(header));
        header(dead, EXCEPTION_CLASS_NAME, reason.getClass().getName());
        header(dead, REASON, reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage());
        header(dead, TOPIC, record.topic());
        header(dead, PARTITION, Integer.toString(record.partition()));
        header(dead, OFFSET, Long.toString(record.offset()));
        header(dead, GROUP, consumerGroup);
        try {
            return producer.send(dead);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean taken(Future<RecordMetadata> future, long deadlineNanos, String topic) {
        try {
            future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterNotSentException(topic, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String key, String value) {
        record.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /**
     * Interrupted (the service stops) before Kafka took every dead letter: the batch is not done and must not be
     * acknowledged, so that it is read again, not dropped. Retrying it in the same thread would not help.
     */
    public static final class DeadLetterNotSentException extends RuntimeException {

        DeadLetterNotSentException(String topic, Throwable cause) {
            super("could not send a dead letter to " + topic, cause);
        }
    }
}
