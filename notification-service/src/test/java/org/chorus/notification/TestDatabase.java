package org.chorus.notification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Takes the service's own database away and gives it back, as an operator or an outage would. */
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

    private static void admin(String... statements) throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class).replace("/" + NAME, "/postgres");
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
