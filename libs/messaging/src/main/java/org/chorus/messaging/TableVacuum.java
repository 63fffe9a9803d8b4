package org.chorus.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Gives back the space of a queue table's deleted and updated rows. An old row version stays in the table until a
 * VACUUM: where autovacuum is off or behind, a spike of a million signatures left hundreds of megabytes of dead
 * outbox rows that every later relay pass read through, and each sent email left a dead version in the index the
 * sender looks for the next one in. So whoever works through such a table vacuums it after every so many changed
 * rows. {@code SKIP_LOCKED}: when autovacuum is already at it, this one is skipped rather than waited for.
 */
public final class TableVacuum {

    /**
     * Two seconds of relaying at a thousand signatures a second, or 40 s of notification-service's 50 emails a
     * second; a megabyte or two of dead rows. Each relay pass reads the small table whole (PostgreSQL plans a
     * sequential scan for it), dead rows included: at 10,000 notification-service's relay read some 125 pages more
     * in each of its 54 passes a second, and a VACUUM of so small a table takes milliseconds.
     */
    public static final int EVERY_CHANGED_ROWS = 2_000;

    private static final Logger LOG = Logger.getLogger(TableVacuum.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final DataSource dataSource;
    private final String table;
    private final int everyChangedRows;
    private long changedSinceVacuum;
    private boolean failing;

    /** @param table a table of the datasource's default schema, named in lower case */
    public TableVacuum(DataSource dataSource, String table, int everyChangedRows) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + table);
        }
        this.dataSource = dataSource;
        this.table = table;
        this.everyChangedRows = everyChangedRows;
    }

    /** Rows were deleted or updated (and committed); from one thread only. */
    public void changed(int rows) {
        changedSinceVacuum += rows;
        if (changedSinceVacuum >= everyChangedRows) {
            changedSinceVacuum = 0;
            vacuum();
        }
    }

    /**
     * A failure costs nothing but space until the next attempt, so it is logged once, by its kind only: the
     * database's message is not needed to understand it.
     */
    private void vacuum() {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            // VACUUM cannot run inside a transaction
            db.setAutoCommit(true);
            statement.execute("VACUUM (SKIP_LOCKED) " + table);
            failing = false;
        } catch (SQLException | RuntimeException e) {
            // never past this point: the relay and the sender call it from loops that must keep running
            if (!failing) {
                LOG.warnf("VACUUM of %s failed (%s); it is tried again after the next %d changed rows", table,
                        kindOf(e), everyChangedRows);
            }
            failing = true;
        }
    }

    private static String kindOf(Exception e) {
        String kind = e.getClass().getSimpleName();
        return e instanceof SQLException sql ? kind + ", SQLState " + sql.getSQLState() : kind;
    }
}
