package org.chorus.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aDroppedConnectionDeepInTheCauseChainIsAnOutage() {
        // Hibernate's JDBCConnectionException wraps the driver's "I/O error" (SQLState 08006) as its cause
        RuntimeException hibernate = new RuntimeException("JDBC exception executing SQL",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseOutage.isCauseOf(new IllegalStateException("invoking the resource", hibernate)));
    }

    @Test
    void aServerShuttingDownIsAnOutageAlsoWhenOnlySuppressedByAFailedCommit() {
        // the transaction manager's RollbackException carries the XAException, and that the server's FATAL 57P01
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseOutage.isCauseOf(rollback));
        assertTrue(DatabaseOutage.isCauseOf(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.isCauseOf(new SQLTransientConnectionException("no connection")));
        assertTrue(DatabaseOutage.isCauseOf(new SQLException("sorry, too many clients already", "53300")));
        assertTrue(DatabaseOutage.isCauseOf(new SQLException(
                "FATAL: database \"chorus_petition\" is not currently accepting connections", "55000")));
    }

    @Test
    void aPoolWithEveryConnectionInUseIsAnOutage() {
        // Agroal gives up waiting for a free connection with a bare SQLException, which Hibernate wraps
        SQLException poolTimeout = new SQLException("Sorry, acquisition timeout!");
        assertTrue(DatabaseOutage.isCauseOf(new RuntimeException("Unable to acquire JDBC Connection", poolTimeout)));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNotOutages() {
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("no state")));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("value too long for type character varying(400)", "22001")));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("currval of sequence is not yet defined", "55000")));
        assertFalse(DatabaseOutage.isCauseOf(new NullPointerException()));
    }

    @Test
    void aCauseChainWithACycleEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.addSuppressed(b);
        assertFalse(DatabaseOutage.isCauseOf(b));
    }
}
