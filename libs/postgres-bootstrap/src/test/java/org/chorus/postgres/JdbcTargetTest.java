package org.chorus.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JdbcTargetTest {

    @Test
    void connectsToTheMaintenanceDatabaseOfTheSameServer() {
        JdbcTarget t = JdbcTarget.parse("jdbc:postgresql://db.example:6543/chorus_petition?sslmode=require");
        assertEquals("chorus_petition", t.database());
        assertEquals("jdbc:postgresql://db.example:6543/postgres?sslmode=require", t.serverUrl());
    }

    @Test
    void refusesDatabaseNamesThatWouldNeedQuoting() {
        assertThrows(IllegalArgumentException.class,
                () -> JdbcTarget.parse("jdbc:postgresql://localhost:5432/x\";DROP DATABASE y"));
    }
}
