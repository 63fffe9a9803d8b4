package org.chorus.problem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseOutageExceptionTest {

    @Test
    void anOutageIsRethrownAsTheOneExceptionConsumersRetryOnWithTheOutageAsItsCause() {
        RuntimeException refused = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("FATAL: database \"chorus_notification\" is not currently accepting connections",
                        "55000"));
        DatabaseOutageException thrown = assertThrows(DatabaseOutageException.class,
                () -> DatabaseOutageException.rethrowIfOutage(refused));
        assertSame(refused, thrown.getCause());
    }

    @Test
    void aRecordThatBreaksADatabaseRuleIsNoOutageAndIsLeftToTheCaller() {
        assertDoesNotThrow(() -> DatabaseOutageException.rethrowIfOutage(new RuntimeException("could not execute statement",
                new SQLException("ERROR: value too long for type character varying(400)", "22001"))));
        assertDoesNotThrow(() -> DatabaseOutageException.rethrowIfOutage(
                new SQLException("duplicate key value violates unique constraint", "23505")));
        assertDoesNotThrow(() -> DatabaseOutageException.rethrowIfOutage(new NullPointerException()));
    }
}
