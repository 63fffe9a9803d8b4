package org.chorus.notification;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * chorus.notification.sender.vacuum-every: the sender vacuums email_message after so many delivery attempts, so
 * that the dead versions of sent emails do not pile up where autovacuum is off or behind.
 */
@QuarkusTest
@TestProfile(EmailTableVacuumTest.EveryFiveAttempts.class)
class EmailTableVacuumTest {

    public static class EveryFiveAttempts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chorus.notification.sender.vacuum-every", "5");
        }
    }

    @Inject
    TestEmails emails;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void sendingEmailsVacuumsTheirTable() throws SQLException {
        long before = vacuums();
        List<String> addresses = IntStream.range(0, 6).mapToObj(i -> SignatureEvents.newEmail()).toList();
        emails.queueWithoutWakingTheSender(addresses);

        await().atMost(Duration.ofSeconds(30)).until(() -> addresses.stream().allMatch(a -> !Mailbox.to(a).isEmpty()));
        await().atMost(Duration.ofSeconds(10)).until(() -> vacuums() > before);
    }

    /** How often email_message was vacuumed by hand (autovacuum counts apart). */
    private long vacuums() throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'email_message'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
