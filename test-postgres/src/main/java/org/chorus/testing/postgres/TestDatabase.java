package org.chorus.testing.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.chorus.postgres.JdbcTarget;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Takes the running service's own database away and gives it back, as an operator or an outage would. The database
 * is the one its datasource names (TEST_DB_NAME, or the service's default test database).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void refuseConnections() throws SQLException {
        JdbcTarget target = target();
        admin(target, "ALTER DATABASE " + target.database() + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + target.database() + "'");
    }

    public static void allowConnections() throws SQLException {
        JdbcTarget target = target();
        admin(target, "ALTER DATABASE " + target.database() + " ALLOW_CONNECTIONS true");
    }

    private static JdbcTarget target() {
        return JdbcTarget.parse(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
    }

    private static void admin(JdbcTarget target, String... statements) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(target.serverUrl(),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
