package org.chorus.testing.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.enterprise.inject.spi.CDI;

import org.chorus.postgres.JdbcTarget;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.agroal.api.AgroalDataSource;

/**
 * Takes the running service's own database away and gives it back, as an operator or an outage would; or gives it a
 * rule that one event breaks. The database is the one its datasource names (TEST_DB_NAME, or the service's default
 * test database).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void refuseConnections() throws SQLException {
        JdbcTarget target = target();
        execute(target.serverUrl(), "ALTER DATABASE " + target.database() + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + target.database() + "'");
    }

    /**
     * Gives the database back, and has the application's pool drop the connections that were ended when it was
     * taken away. Each of those would fail the next statement it is given, once, and leave the pool: the service's
     * own work waits that out (a consumer retries, a request is answered 503), but a test reading the database
     * through the pool right after the outage would meet one and fail, unless it first gave the service time to use
     * them all up.
     */
    public static void allowConnections() throws SQLException {
        JdbcTarget target = target();
        execute(target.serverUrl(), "ALTER DATABASE " + target.database() + " ALLOW_CONNECTIONS true");
        CDI.current().select(AgroalDataSource.class).forEach(pool -> pool.flush(AgroalDataSource.FlushMode.INVALID));
    }

    /**
     * Until closed, the service's database has a rule that recording this event as processed breaks, as a check
     * constraint would (SQLSTATE 23514): for consumers whose events carry nothing that could break a rule of the
     * schema itself.
     */
    public static AutoCloseable ruleBrokenBy(UUID eventId) throws SQLException {
        String trigger = "test_rule_" + eventId.toString().replace("-", "");
        String serviceUrl = serviceUrl();
        execute(serviceUrl, "CREATE OR REPLACE FUNCTION test_rule_broken() RETURNS trigger LANGUAGE plpgsql AS $$ "
                + "BEGIN RAISE EXCEPTION 'a test rule is broken' USING ERRCODE = 'check_violation'; END $$",
                "CREATE TRIGGER " + trigger + " BEFORE INSERT ON processed_event FOR EACH ROW WHEN (NEW.event_id = '"
                        + eventId + "') EXECUTE FUNCTION test_rule_broken()");
        return () -> execute(serviceUrl, "DROP TRIGGER IF EXISTS " + trigger + " ON processed_event");
    }

    private static String serviceUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private static JdbcTarget target() {
        return JdbcTarget.parse(serviceUrl());
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
