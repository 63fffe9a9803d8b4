package org.chorus.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The system tests' own databases (README: CHORUS_DB_SUFFIX), dropped before each start of the platform: every test
 * class begins with the demo campaign alone, whatever a user's platform or a bench run left in theirs.
 */
final class TestDatabases {

    static final String SUFFIX = "_systest";

    private static final List<String> SERVICES = List.of("petition", "letter", "notification");

    private TestDatabases() {
    }

    static void dropAll() {
        String url = "jdbc:postgresql://" + env("DB_HOST", "localhost") + ":" + env("DB_PORT", "5432") + "/postgres";
        String user = env("DB_USER", "postgres");
        try (Connection db = DriverManager.getConnection(url, user, env("DB_PASSWORD", "postgres"));
                Statement sql = db.createStatement()) {
            for (String service : SERVICES) {
                sql.execute("DROP DATABASE IF EXISTS chorus_" + service + SUFFIX + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the system tests' databases at " + url, e);
        }
    }

    private static String env(String name, String otherwise) {
        return System.getenv().getOrDefault(name, otherwise);
    }
}
