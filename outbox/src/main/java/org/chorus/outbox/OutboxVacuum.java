package org.chorus.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Gives back the space of relayed events. Every relayed event is a deleted row, and a deleted row stays in the table
 * until a VACUUM: where autovacuum is off or behind, a spike of a million signatures left hundreds of megabytes of
 * dead rows that every later relay pass read through. So the relay vacuums its own table after every so many
 * deletes. {@code SKIP_LOCKED}: when autovacuum is already at it, this one is skipped rather than waited for.
 */
final class OutboxVacuum {

    /** About ten seconds of relaying at a thousand signatures a second; a few megabytes of dead rows. */
    static final int EVERY_DELETED_ROWS = 10_000;

    private static final Logger LOG = Logger.getLogger(OutboxVacuum.class);
    private static final String VACUUM = "VACUUM (SKIP_LOCKED) outbox_event";

    private final DataSource dataSource;
    private final int everyDeletedRows;
    private long deletedSinceVacuum;
    private boolean failing;

    OutboxVacuum(DataSource dataSource, int everyDeletedRows) {
        this.dataSource = dataSource;
        this.everyDeletedRows = everyDeletedRows;
    }

    /** Called by the relay's one thread after each pass with the rows it deleted. */
    void deleted(int rows) {
        deletedSinceVacuum += rows;
        if (deletedSinceVacuum >= everyDeletedRows) {
            deletedSinceVacuum = 0;
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
            statement.execute(VACUUM);
            failing = false;
        } catch (SQLException e) {
            if (!failing) {
                LOG.warnf("outbox relay: VACUUM of outbox_event failed (%s, SQLState %s); it is tried again after"
                        + " the next %d relayed events", e.getClass().getSimpleName(), e.getSQLState(),
                        everyDeletedRows);
            }
            failing = true;
        }
    }
}
