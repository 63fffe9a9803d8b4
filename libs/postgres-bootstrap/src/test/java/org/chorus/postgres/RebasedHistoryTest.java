package org.chorus.postgres;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A local database with the migration history of before 2026-12-08 stops its service with what to do about it. */
class RebasedHistoryTest {

    @Test
    void theMessageNamesTheDatabaseAndTheCommandThatResetsIt() {
        String message = DatabaseBootstrap.historyNotValid(
                JdbcTarget.parse("jdbc:postgresql://localhost:5432/chorus_letter"));
        assertTrue(message.startsWith("database chorus_letter "), message);
        assertTrue(message.contains("2026-12-08"), message);
        assertTrue(message.contains("-c 'DROP DATABASE \"chorus_letter\"'"), message);
    }
}
