package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/** What a dead letter says about why it was set aside: never a quote of the record. */
class DeadLetterReasonTest {

    private static final String EMAIL = "aung.san@example.org";
    private static final String MALFORMED = "{\"data\":{\"email\":\"" + EMAIL + "\" oops";

    /** A service's own exception for a record it cannot act on. */
    static final class UnreadableEvent extends RuntimeException {

        UnreadableEvent(String message) {
            super(message);
        }
    }

    private final MockProducer<String, String> kafka = new MockProducer<>(true, null, new StringSerializer(),
            new StringSerializer());
    private final DeadLetters deadLetters = new DeadLetters(kafka, "letter-service", UnreadableEvent.class);

    @Test
    void theServicesOwnExceptionIsKeptWithItsMessage() {
        ProducerRecord<String, String> dead = sendWith(new UnreadableEvent("signature.submitted without email"));

        assertEquals("signature.submitted without email", header(dead, DeadLetters.REASON));
        assertEquals(UnreadableEvent.class.getName(), header(dead, DeadLetters.EXCEPTION_CLASS_NAME));
    }

    @Test
    void aJsonParsersMessageIsReducedToItsKindBecauseItQuotesTheRecord() {
        JsonProcessingException parserFailure = assertThrows(JsonProcessingException.class, () -> parse(MALFORMED));

        ProducerRecord<String, String> dead = sendWith(parserFailure);

        assertEquals("malformed JSON (" + parserFailure.getClass().getSimpleName() + ")",
                header(dead, DeadLetters.REASON));
        assertEquals(IllegalArgumentException.class.getName(), header(dead, DeadLetters.EXCEPTION_CLASS_NAME));
    }

    @Test
    void anyOtherFailureIsReducedToItsClassName() {
        ProducerRecord<String, String> dead = sendWith(new IllegalArgumentException("Invalid UUID string: " + EMAIL));

        assertEquals("could not apply the event: java.lang.IllegalArgumentException", header(dead, DeadLetters.REASON));
        assertEquals(IllegalStateException.class.getName(), header(dead, DeadLetters.EXCEPTION_CLASS_NAME));
    }

    @Test
    void theDeadLetterIsTheRecordWithWhereItCameFromAndTheGroupThatSetItAside() {
        ProducerRecord<String, String> dead = sendWith(new UnreadableEvent("unknown event type signature.exploded"));

        assertEquals("signatures.dlq", dead.topic());
        assertEquals("petition-1", dead.key());
        assertEquals(MALFORMED, dead.value());
        assertEquals("application/cloudevents+json", header(dead, "content-type"));
        assertEquals("signatures", header(dead, DeadLetters.TOPIC));
        assertEquals("2", header(dead, DeadLetters.PARTITION));
        assertEquals("42", header(dead, DeadLetters.OFFSET));
        assertEquals("letter-service", header(dead, DeadLetters.GROUP));
    }

    @Test
    void aConsumerOfOneRecordAtATimeThrowsTheSameReasonWithoutACauseThatSmallRyeWouldQuote() {
        RuntimeException own = new UnreadableEvent("unknown event type signature.exploded");
        assertSame(own, deadLetters.quotable(own));

        RuntimeException ruleBroken = deadLetters.quotable(new IllegalStateException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint; Key (email)=(" + EMAIL + ")",
                        "23505")));
        assertEquals("could not apply the event: java.lang.IllegalStateException", ruleBroken.getMessage());
        assertNull(ruleBroken.getCause());

        JsonProcessingException parserFailure = assertThrows(JsonProcessingException.class, () -> parse(MALFORMED));
        RuntimeException unreadable = deadLetters.quotable(parserFailure);
        assertEquals("malformed JSON (" + parserFailure.getClass().getSimpleName() + ")", unreadable.getMessage());
        assertNull(unreadable.getCause());

        UnreadableEvent ownWithACause = new UnreadableEvent("signature.submitted without email");
        ownWithACause.initCause(new IllegalArgumentException("Invalid UUID string: " + EMAIL));
        RuntimeException thrown = deadLetters.quotable(ownWithACause);
        assertEquals("signature.submitted without email", thrown.getMessage());
        assertNull(thrown.getCause());
    }

    private ProducerRecord<String, String> sendWith(Exception failure) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("signatures", 2, 42, "petition-1", MALFORMED);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        DeadLetterBatch batch = deadLetters.batch("signatures.dlq");
        batch.add(record, failure);
        deadLetters.send(batch);
        assertEquals(1, kafka.history().size());
        ProducerRecord<String, String> dead = kafka.history().get(0);
        dead.headers().forEach(h -> assertFalse(new String(h.value(), StandardCharsets.UTF_8).contains(EMAIL),
                "header " + h.key() + " quotes the record"));
        return dead;
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static void parse(String json) throws Exception {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                // read to the end, where it breaks
            }
        }
    }
}
