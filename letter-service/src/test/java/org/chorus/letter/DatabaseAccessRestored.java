package org.chorus.letter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Some tests take the service's test database away (ALLOW_CONNECTIONS false) and give it back in a finally block.
 * A test JVM killed in between would leave it refusing every later run; this gives it back before the app starts.
 */
public class DatabaseAccessRestored implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("DB_HOST", "localhost");
        String port = System.getenv().getOrDefault("DB_PORT", "5432");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                System.getenv().getOrDefault("DB_USER", "postgres"), System.getenv().getOrDefault("DB_PASSWORD", "postgres"));
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_database WHERE datname = '" + TestDatabase.NAME
                    + "') THEN EXECUTE 'ALTER DATABASE " + TestDatabase.NAME + " ALLOW_CONNECTIONS true'; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL to prepare the test database", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
