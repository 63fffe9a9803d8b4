package org.chorus.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sets aside an event that its consumer cannot read: sends it to a dead-letter topic with the headers of SmallRye's
 * dead-letter strategy (reason, topic, partition, offset) and waits until Kafka has it. For consumers that take their
 * events in batches: SmallRye's strategy would dead-letter the whole batch for one bad event, so they set the bad one
 * aside here and go on with the rest. The reason is reduced to what may be quoted (QuotableReason).
 */
public final class DeadLetters implements AutoCloseable {

    public static final String REASON = "dead-letter-reason";
    static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final Producer<String, String> producer;
    private final Class<? extends Exception> quotable;

    /**
     * @param quotable the service's own exception for a record it cannot act on, whose message never quotes the
     *        record: the only reason kept as it is
     */
    public DeadLetters(Producer<String, String> producer, Class<? extends Exception> quotable) {
        this.producer = producer;
        this.quotable = quotable;
    }

    /** With a producer of its own, that {@link #close()} closes. */
    public static DeadLetters create(String bootstrapServers, String clientId, Class<? extends Exception> quotable) {
        return new DeadLetters(OutboxProducers.create(bootstrapServers, clientId), quotable);
    }

    /**
     * @param failure why the record cannot be applied; only its quotable part goes with the dead letter
     * @throws DeadLetterNotSentException when Kafka did not take it in time: the caller must not acknowledge the
     *         record, so that it is read again
     */
    public void send(String deadLetterTopic, ConsumerRecord<String, String> record, Exception failure) {
        Exception reason = QuotableReason.of(failure, quotable);
        ProducerRecord<String, String> dead = new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value());
        record.headers().forEach(header -> dead.headers().add(header));
        header(dead, EXCEPTION_CLASS_NAME, reason.getClass().getName());
        header(dead, REASON, reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage());
        header(dead, TOPIC, record.topic());
        header(dead, PARTITION, Integer.toString(record.partition()));
        header(dead, OFFSET, Long.toString(record.offset()));
        try {
            producer.send(dead).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new DeadLetterNotSentException(deadLetterTopic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterNotSentException(deadLetterTopic, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String key, String value) {
        record.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    /** Kafka did not take a dead letter: like a database outage, a reason to read the batch again, not to drop it. */
    public static final class DeadLetterNotSentException extends RuntimeException {

        DeadLetterNotSentException(String topic, Throwable cause) {
            super("could not send a dead letter to " + topic, cause);
        }
    }
}
