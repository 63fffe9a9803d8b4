package org.chorus.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Each service owns its own database. On a fresh machine that database does not exist yet, and Flyway cannot
 * create it, so this creates it first and then migrates. It runs before every other startup observer
 * (Kafka consumers included), so no event is handled against a schema that is not there yet.
 * Services set {@code quarkus.flyway.migrate-at-start=false}: this class is what migrates.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final String DUPLICATE_DATABASE = "42P04";

    private final String jdbcUrl;
    private final Optional<String> username;
    private final Optional<String> password;
    private final Flyway flyway;

    public DatabaseBootstrap(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            Flyway flyway) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.flyway = flyway;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        JdbcTarget target = JdbcTarget.parse(jdbcUrl);
        createIfMissing(target);
        flyway.migrate();
    }

    private void createIfMissing(JdbcTarget target) {
        try (Connection c = DriverManager.getConnection(target.serverUrl(), username.orElse(null), password.orElse(null))) {
            if (exists(c, target.database())) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + target.database() + "\"");
                Log.infof("created database %s", target.database());
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return;
            }
            throw new IllegalStateException("PostgreSQL at " + target.serverUrl()
                    + " cannot be reached or refused to create database " + target.database()
                    + ": start PostgreSQL or set DB_HOST/DB_PORT/DB_USER/DB_PASSWORD (" + e.getMessage() + ")", e);
        }
    }

    private static boolean exists(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
