package org.chorus.testing.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Some tests take the service's test database away (ALLOW_CONNECTIONS false) and give it back in a finally block.
 * A test JVM killed in between would leave it refusing every later run; this gives it back before the app starts.
 * Init arg {@code database}: the service's test database where TEST_DB_NAME names none, the same default as its
 * {@code %test.quarkus.datasource.jdbc.url} (this runs before the application, so it names the database itself).
 */
public class DatabaseAccessRestored implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String fallback = initArgs.get("database");
        if (fallback == null || fallback.isBlank()) {
            throw new IllegalArgumentException("init arg database (the service's test database) is missing");
        }
        database = System.getenv().getOrDefault("TEST_DB_NAME", fallback);
    }

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("DB_HOST", "localhost");
        String port = System.getenv().getOrDefault("DB_PORT", "5432");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                System.getenv().getOrDefault("DB_USER", "postgres"), System.getenv().getOrDefault("DB_PASSWORD", "postgres"));
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_database WHERE datname = '" + database
                    + "') THEN EXECUTE 'ALTER DATABASE " + database + " ALLOW_CONNECTIONS true'; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL to prepare the test database", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
