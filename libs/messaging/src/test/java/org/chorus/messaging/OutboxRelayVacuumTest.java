package org.chorus.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The relay gives back the space of the events it relayed, in a real outbox_event table of the local PostgreSQL
 * (DB_HOST, DB_PORT, DB_USER, DB_PASSWORD; database TEST_DB_NAME, default chorus_outbox_test, created if missing), in
 * a schema of its own: a service's build runs this test with the service's TEST_DB_NAME (-am), and dropping the
 * service's own outbox_event there broke every test of the service after it.
 * Kafka is a MockProducer that acknowledges every record at once: what is tested is the database side.
 * <p>
 * While the relay works, the test reads the table only through one connection opened beforehand, and not until Kafka
 * has every event: a VACUUM cannot remove rows deleted by a transaction that another session's snapshot still sees
 * as running, and a new connection holds such a snapshot for the milliseconds it takes to start. One of the test's
 * own polls, made that way, once left the last batch's rows in place, and with them the whole table.
 */
class OutboxRelayVacuumTest {

    private static final int BATCH = 500;
    private static final String SCHEMA = "chorus_messaging_test";

    /** The kit's own migration: the table every service has. */
    static final String TABLE = migration();

    private PGSimpleDataSource dataSource;
    private Connection probe;
    private MockProducer<String, String> kafka;
    private OutboxRelay relay;

    static String migration() {
        try (InputStream in = OutboxRelayVacuumTest.class.getResourceAsStream("/db/messaging/V0_1__outbox_event.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void freshOutbox() throws SQLException {
        String database = env("TEST_DB_NAME", "chorus_outbox_test");
        PGSimpleDataSource server = dataSource("postgres");
        try (Connection db = server.getConnection(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (!r.next()) {
                s.execute("CREATE DATABASE " + database);
            }
        }
        dataSource = dataSource(database);
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
        dataSource.setCurrentSchema(SCHEMA);
        execute("DROP TABLE IF EXISTS outbox_event", TABLE);
        probe = dataSource.getConnection();
    }

    @AfterEach
    void stopRelay() throws Exception {
        if (relay != null) {
            relay.stop();
        }
        probe.close();
        execute("DROP TABLE IF EXISTS outbox_event");
    }

    @Test
    void afterEnoughRelayedEventsTheTableIsVacuumed() throws Exception {
        insertEvents(TableVacuum.EVERY_CHANGED_ROWS);
        long before = tableBytes();
        assertTrue(before > 1_000_000, "the events take " + before + " bytes");

        relayAll(TableVacuum.EVERY_CHANGED_ROWS);

        // VACUUM cuts off the empty pages at the end of the table: here, all of them
        awaitTableBytes(0);
        assertEquals(0, count(), "every relayed event is deleted");
    }

    @Test
    void fewerRelayedEventsLeaveTheTableAsItIs() throws Exception {
        insertEvents(TableVacuum.EVERY_CHANGED_ROWS / 5);
        long before = tableBytes();

        relayAll(TableVacuum.EVERY_CHANGED_ROWS / 5);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, count(), "the relay did not delete the events it relayed");
        Thread.sleep(500);

        assertEquals(before, tableBytes(), "a vacuum after a few thousand events would be one every few seconds");
    }

    /** Starts the relay and waits, without touching the database, until Kafka has all n events. */
    private void relayAll(int n) throws Exception {
        kafka = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        relay = new OutboxRelay(new OutboxBatch(dataSource, kafka, BATCH, Duration.ofSeconds(5), encrypted -> {
            throw new AssertionError("no row here is encrypted");
        }), Duration.ofMinutes(1));
        relay.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (kafka.history().size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(n, kafka.history().size(), "the relay did not send every event within 30 s");
    }

    /** Events of about the size of a signature's (700 characters). */
    private void insertEvents(int n) throws SQLException {
        execute("INSERT INTO outbox_event (id, topic, record_key, cloud_event) SELECT gen_random_uuid(), 'signatures',"
                + " 'petition', repeat('x', 700) FROM generate_series(1, " + n + ")");
    }

    private void awaitTableBytes(long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (tableBytes() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, tableBytes(), "the outbox was not vacuumed after its events were relayed");
    }

    private long tableBytes() throws SQLException {
        return longOf("SELECT pg_relation_size('outbox_event')");
    }

    private long count() throws SQLException {
        return longOf("SELECT count(*) FROM outbox_event");
    }

    private long longOf(String query) throws SQLException {
        try (Statement s = probe.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] { env("DB_HOST", "localhost") });
        ds.setPortNumbers(new int[] { Integer.parseInt(env("DB_PORT", "5432")) });
        ds.setDatabaseName(database);
        ds.setUser(env("DB_USER", "postgres"));
        ds.setPassword(env("DB_PASSWORD", "postgres"));
        return ds;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
