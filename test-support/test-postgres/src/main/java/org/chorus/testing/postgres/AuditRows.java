package org.chorus.testing.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.spi.CDI;

import io.agroal.api.AgroalDataSource;

/**
 * A service's staff_audit table as it is, read around the API through the application's own pool: for what an
 * audit endpoint cannot show (a row it must not hold).
 */
public final class AuditRows {

    private AuditRows() {
    }

    /** This staff member's rows in which the text appears in action, subject or details. */
    public static long ofActorContaining(String actor, String text) {
        return count("select count(*) from staff_audit where actor = ?"
                + " and strpos(concat(action, subject, cast(details as text)), ?) > 0", actor, text);
    }

    /** Rows in which the text appears anywhere: actor, action, subject or details. */
    public static long containing(String text) {
        return count("select count(*) from staff_audit a where strpos(cast(a as text), ?) > 0", text);
    }

    /** The actions recorded about this subject, oldest first. */
    public static List<String> actions(String subject) {
        try (Connection c = pool().getConnection();
                PreparedStatement query = c.prepareStatement(
                        "select action from staff_audit where subject = ? order by occurred_at, id")) {
            query.setString(1, subject);
            List<String> actions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        } catch (SQLException e) {
            throw new IllegalStateException("staff_audit cannot be read", e);
        }
    }

    private static long count(String sql, String... values) {
        try (Connection c = pool().getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setString(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("staff_audit cannot be read", e);
        }
    }

    private static AgroalDataSource pool() {
        return CDI.current().select(AgroalDataSource.class).get();
    }
}
