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
import org.flywaydb.core.api.exception.FlywayValidateException;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Each service owns its own database. On a fresh machine that database does not exist yet, and Flyway cannot
 * create it, so this creates it first and then migrates. It runs before every other startup observer
 * (Kafka consumers included), so no event is handled against a schema that is not there yet.
 * Services set {@code quarkus.flyway.migrate-at-start=false}: this class is what migrates.
 *
 * <p>The migration history was rebased once before the first release, on 2026-12-08: the outbox table moved from the
 * services' own migrations to the messaging kit's ({@code db/messaging}) and the staff_audit table to its library's
 * ({@code db/staff-audit}), which changed applied migrations. A
 * database migrated before that no longer validates. Where Flyway may clean (the services' test profile sets
 * {@code quarkus.flyway.clean-disabled=false}) it is emptied and migrated afresh; anywhere else the service stops,
 * naming the database and the one command that resets it: nothing is dropped without a person deciding so.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final String DUPLICATE_DATABASE = "42P04";

    private final String jdbcUrl;
    private final Optional<String> username;
    private final Optional<String> password;
    private final Flyway flyway;
    private final boolean cleanDisabled;

    public DatabaseBootstrap(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.flyway.clean-disabled", defaultValue = "true") boolean cleanDisabled,
            Flyway flyway) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.flyway = flyway;
        this.cleanDisabled = cleanDisabled;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        JdbcTarget target = JdbcTarget.parse(jdbcUrl);
        createIfMissing(target);
        try {
            flyway.migrate();
        } catch (FlywayValidateException e) {
            if (cleanDisabled) {
                throw new IllegalStateException(historyNotValid(target), e);
            }
            Log.warnf("database %s: its migration history does not validate; cleaned and migrated afresh "
                    + "(quarkus.flyway.clean-disabled=false)", target.database());
            flyway.clean();
            flyway.migrate();
        }
    }

    /** Says what to do: the database's name and the one command that resets it. */
    static String historyNotValid(JdbcTarget target) {
        return "database " + target.database() + " does not match this version's migrations: the migration history "
                + "was rebased before the first release, on 2026-12-08 (the outbox and staff_audit tables moved to their "
                + "libraries). "
                + "A database created before that is reset with: psql -h ${DB_HOST:-localhost} -p ${DB_PORT:-5432} "
                + "-U ${DB_USER:-postgres} -d postgres -c 'DROP DATABASE \"" + target.database() + "\"' "
                + "(its data is lost; the service creates it again at its next start)";
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
