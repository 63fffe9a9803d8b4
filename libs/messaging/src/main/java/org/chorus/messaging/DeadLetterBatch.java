package org.chorus.messaging;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The records of one batch that its consumer cannot apply, held until the rest of the batch is applied and then
 * sent by {@link DeadLetters#send(DeadLetterBatch)}. Not sooner: a batch that fails for a database outage is
 * applied again from its first record, and would set the same record aside once more. (A batch that Kafka delivers
 * again sets its records aside again too; DeadLetters knows the ones it sent.) Only the quotable part of each reason
 * is held (QuotableReason).
 */
public final class DeadLetterBatch {

    record DeadLetter(ConsumerRecord<String, String> record, Exception reason) {
    }

    private final String topic;
    private final Class<? extends Exception> quotable;
    private List<DeadLetter> unsent = new ArrayList<>();

    DeadLetterBatch(String topic, Class<? extends Exception> quotable) {
        this.topic = topic;
        this.quotable = quotable;
    }

    /** @param failure why the record cannot be applied; only its quotable part goes with the dead letter */
    public void add(ConsumerRecord<String, String> record, Exception failure) {
        unsent.add(new DeadLetter(record, QuotableReason.of(failure, quotable)));
    }

    String topic() {
        return topic;
    }

    List<DeadLetter> unsent() {
        return List.copyOf(unsent);
    }

    /** Kafka took the others: they are never sent again. */
    void stillUnsent(List<DeadLetter> notTaken) {
        unsent = new ArrayList<>(notTaken);
    }
}
