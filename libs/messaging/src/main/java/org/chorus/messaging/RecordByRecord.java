package org.chorus.messaging;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * How a consumer that takes its records in batches applies them: each on its own, so that a record that fails for
 * its own sake (unreadable, unknown, against a database rule) is set aside and the rest are applied. The records set
 * aside go to the dead-letter topic once the rest of the batch is applied: a retried batch would otherwise send them
 * again. A failure that is not the record's (the database is away) is rethrown, so that the whole batch is retried;
 * what was applied before must then be recognized by its event id. A batch that Kafka delivers again (its partition
 * was revoked while it waited for the database) sets the same records aside again, and DeadLetters sends none of
 * them a second time.
 */
public final class RecordByRecord {

    /** What a consumer does with one record; any exception it throws is that record's failure. */
    @FunctionalInterface
    public interface Effect {
        void apply(ConsumerRecord<String, String> record) throws Exception;
    }

    private final DeadLetters deadLetters;
    private final Consumer<RuntimeException> rethrowIfNotTheRecords;

    /** @param rethrowIfNotTheRecords throws the failure again when the record is not to blame for it */
    public RecordByRecord(DeadLetters deadLetters, Consumer<RuntimeException> rethrowIfNotTheRecords) {
        this.deadLetters = deadLetters;
        this.rethrowIfNotTheRecords = rethrowIfNotTheRecords;
    }

    /**
     * @throws DeadLetters.DeadLetterNotSentException when interrupted before Kafka took the records set aside
     */
    public void apply(Iterable<ConsumerRecord<String, String>> records, String deadLetterTopic, Effect effect) {
        DeadLetterBatch setAside = deadLetters.batch(deadLetterTopic);
        for (ConsumerRecord<String, String> record : records) {
            try {
                effect.apply(record);
            } catch (RuntimeException e) {
                rethrowIfNotTheRecords.accept(e);
                setAside.add(record, e);
            } catch (Exception e) {
                setAside.add(record, e);
            }
        }
        deadLetters.send(setAside);
    }
}
