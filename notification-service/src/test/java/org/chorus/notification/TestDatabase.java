package org.chorus.notification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Takes the service's own database away and gives it back, as an operator or an outage would; or gives it a rule
 * that one event breaks.
 */
final class TestDatabase {

    /** TEST_DB_NAME lets two test runs on one machine use separate databases. */
    static final String NAME = System.getenv().getOrDefault("TEST_DB_NAME", "chorus_notification_test");

    private TestDatabase() {
    }

    static void refuseConnections() throws SQLException {
        admin("ALTER DATABASE " + NAME + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + NAME + "'");
    }

    static void allowConnections() throws SQLException {
        admin("ALTER DATABASE " + NAME + " ALLOW_CONNECTIONS true");
    }

    /**
     * Until closed, the service's database has a rule that recording this event as processed breaks, as a check
     * constraint would (SQLSTATE 23514): for consumers whose events carry nothing that could break a rule of the
     * schema itself.
     */
    static AutoCloseable ruleBrokenBy(UUID eventId) throws SQLException {
        String trigger = "test_rule_" + eventId.toString().replace("-", "");
        inTheServiceDatabase("""
                CREATE OR REPLACE FUNCTION test_rule_broken() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'a test rule is broken' USING ERRCODE = 'check_violation'; END $$""",
                "CREATE TRIGGER " + trigger + " BEFORE INSERT ON processed_event FOR EACH ROW WHEN (NEW.event_id = '"
                        + eventId + "') EXECUTE FUNCTION test_rule_broken()");
        return () -> inTheServiceDatabase("DROP TRIGGER IF EXISTS " + trigger + " ON processed_event");
    }

    private static void inTheServiceDatabase(String... statements) throws SQLException {
        execute(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), statements);
    }

    private static void admin(String... statements) throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class)
                .replace("/" + NAME, "/postgres");
        execute(url, statements);
    }

    private static void execute(String url, String... statements) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(url,
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
