package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** A batch is applied record by record: the bad ones go to the dead-letter topic, an outage retries the batch. */
class RecordByRecordTest {

    /** Stands for a service's database outage, which no record is to blame for. */
    private static final class Outage extends RuntimeException {
        Outage() {
            super("the database is away");
        }
    }

    private final MockProducer<String, String> kafka = new MockProducer<>(true, null, new StringSerializer(),
            new StringSerializer());
    private final RecordByRecord recordByRecord = new RecordByRecord(
            new DeadLetters(kafka, "letter-service", IllegalArgumentException.class), e -> {
                if (e instanceof Outage) {
                    throw e;
                }
            });
    private final List<String> applied = new ArrayList<>();

    @Test
    void theRecordsThatFailAreSetAsideWithTheirReasonAndTheRestAreApplied() {
        recordByRecord.apply(records("good-1", "unreadable", "checked", "good-2"), "signatures.dlq", record -> {
            switch (record.value()) {
                case "unreadable" -> throw new IllegalArgumentException("not a CloudEvent");
                case "checked" -> throw new Exception("a parser's complaint");
                default -> applied.add(record.value());
            }
        });

        assertEquals(List.of("good-1", "good-2"), applied);
        assertEquals(List.of("unreadable", "checked"), kafka.history().stream().map(ProducerRecord::value).toList());
        assertEquals("signatures.dlq", kafka.history().get(0).topic());
        assertEquals("not a CloudEvent", reason(kafka.history().get(0)));
    }

    @Test
    void aFailureNoRecordIsToBlameForIsThrownAndNothingIsSetAside() {
        assertThrows(Outage.class, () -> recordByRecord.apply(records("bad", "good"), "signatures.dlq", record -> {
            if (record.value().equals("bad")) {
                throw new IllegalArgumentException("not a CloudEvent");
            }
            throw new Outage();
        }));

        assertTrue(kafka.history().isEmpty(), "a retried batch would send its dead letters again");
    }

    @Test
    void aBatchDeliveredAgainAfterItsRetrySendsItsRecordSetAsideOnce() {
        // Kafka delivers a batch again when its partition is revoked while the batch waits for the database: the
        // consumer group rebalanced (a member joined or left), or the service stopped before it committed
        List<ConsumerRecord<String, String>> batch = records("unknown", "confirmation");
        boolean[] databaseAway = {true};
        RecordByRecord.Effect effect = record -> {
            if (record.value().equals("unknown")) {
                throw new IllegalArgumentException("unknown event type signature.exploded");
            }
            if (databaseAway[0]) {
                throw new Outage();
            }
            applied.add(record.value());
        };

        assertThrows(Outage.class, () -> recordByRecord.apply(batch, "signatures.dlq", effect));
        databaseAway[0] = false;
        recordByRecord.apply(batch, "signatures.dlq", effect); // the retry
        recordByRecord.apply(batch, "signatures.dlq", effect); // the same records, delivered again

        assertEquals(List.of("confirmation", "confirmation"), applied, "applied again, recognized by its event id");
        assertEquals(List.of("unknown"), kafka.history().stream().map(ProducerRecord::value).toList(),
                "a record delivered again was dead-lettered again");
    }

    private static List<ConsumerRecord<String, String>> records(String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            records.add(new ConsumerRecord<>("signatures", 0, i, "key", values[i]));
        }
        return records;
    }

    private static String reason(ProducerRecord<String, String> deadLetter) {
        return new String(deadLetter.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
    }
}
