package org.chorus.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * One relay pass over a service's {@code outbox_event} table: sends the oldest events to Kafka in order and deletes
 * each one Kafka acknowledged. What Kafka did not acknowledge stays, with everything after it, for the next pass.
 * Plain JDBC: in a spike this runs for every few hundred events, and reading rows as entities cost more than sending
 * them. A row holds its CloudEvent either as text or encrypted (for events that carry personal data until sent).
 */
public final class OutboxBatch {

    public static final String CLOUD_EVENTS_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Locked, so that two relays (two replicas) never send the same events at once. */
    private static final String OLDEST = """
            SELECT seq, topic, record_key, cloud_event, cloud_event_encrypted FROM outbox_event
            ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""";

    private static final String DELETE = "DELETE FROM outbox_event WHERE seq = ANY (?)";

    private record Row(long seq, String topic, String recordKey, String cloudEvent, byte[] cloudEventEncrypted) {
    }

    /** How many events a pass sent, and how many of them Kafka acknowledged. */
    public record Result(int attempted, int acknowledged) {

        public boolean allAcknowledged() {
            return attempted == acknowledged;
        }
    }

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Function<byte[], String> decrypt;

    /** @param decrypt opens {@code cloud_event_encrypted}; rows of a service that encrypts none never call it */
    public OutboxBatch(DataSource dataSource, Producer<String, String> producer, int batchSize, Duration sendTimeout,
            Function<byte[], String> decrypt) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.decrypt = decrypt;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The most events one pass takes. */
    public int batchSize() {
        return batchSize;
    }

    public Result relayOnce() {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                Result result = relay(db);
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox cannot be read or cleared", e);
        }
    }

    private Result relay(Connection db) throws SQLException {
        List<Row> batch = oldest(db);
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (Row row : batch) {
            sent.add(send(row));
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        int acknowledged = 0;
        while (acknowledged < batch.size() && acknowledged(sent.get(acknowledged), deadline)) {
            acknowledged++;
        }
        if (acknowledged > 0) {
            // one statement for the whole acknowledged prefix, not one per event
            try (PreparedStatement delete = db.prepareStatement(DELETE)) {
                Long[] seqs = batch.subList(0, acknowledged).stream().map(Row::seq).toArray(Long[]::new);
                delete.setArray(1, db.createArrayOf("bigint", seqs));
                delete.executeUpdate();
            }
        }
        return new Result(batch.size(), acknowledged);
    }

    private List<Row> oldest(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(OLDEST)) {
            select.setInt(1, batchSize);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getBytes(5)));
                }
            }
            return rows;
        }
    }

    private Future<RecordMetadata> send(Row row) {
        String value = row.cloudEventEncrypted() != null ? decrypt.apply(row.cloudEventEncrypted()) : row.cloudEvent();
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.recordKey(), value);
        record.headers().add("content-type", CLOUD_EVENTS_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
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
