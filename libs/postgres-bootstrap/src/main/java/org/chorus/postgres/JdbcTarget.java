package org.chorus.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a PostgreSQL JDBC URL that matter for creating its database, or for taking it away in a test: its
 * name, and where to connect to while it does not exist or refuses connections.
 */
public record JdbcTarget(String serverUrl, String database) {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    public static JdbcTarget parse(String jdbcUrl) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "quarkus.datasource.jdbc.url must look like jdbc:postgresql://host:port/database_name");
        }
        String query = m.group(3) == null ? "" : m.group(3);
        return new JdbcTarget(m.group(1) + "postgres" + query, m.group(2));
    }
}
