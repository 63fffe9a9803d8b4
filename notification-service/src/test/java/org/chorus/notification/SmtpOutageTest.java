package org.chorus.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmtpOutageTest {

    @Inject
    TestEmails emails;

    @Test
    void emailQueuedWhileSmtpIsDownIsRetriedAndArrivesOnceWhenSmtpIsBack() {
        String address = SignatureEvents.newEmail();
        ObjectNode event = SignatureEvents.submitted(address, "Aung San", "en");
        UUID id = SignatureEvents.id(event);
        SmtpServerResource.stopServer();
        try {
            SignatureEvents.produce(event);
            await().atMost(Duration.ofSeconds(20)).until(() -> attempts(id) >= 2);
            EmailMessage waiting = emails.oneForEvent(id);
            assertEquals(EmailMessage.Status.QUEUED, waiting.status);
            assertNotNull(waiting.lastError);
            assertNotNull(waiting.recipientEncrypted, "the address waits, encrypted, for the next attempt");
            assertThat(emails.rowAsText(id), not(containsString(address)));
        } finally {
            SmtpServerResource.startServer();
        }

        Mailbox.Email email = Mailbox.awaitExactlyOne(address);
        assertEquals(List.of(address), email.to());
        EmailMessage sent = emails.oneForEvent(id);
        assertEquals(EmailMessage.Status.SENT, sent.status);
        assertTrue(sent.attempts >= 3, "failed at least twice, then sent");
    }

    @Test
    void emailIsFailedOnceSmtpStaysDownForEveryAttempt() throws InterruptedException {
        String address = SignatureEvents.newEmail();
        ObjectNode event = SignatureEvents.submitted(address, "Aung San", "en");
        UUID id = SignatureEvents.id(event);
        SmtpServerResource.stopServer();
        try {
            SignatureEvents.produce(event);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> status(id) == EmailMessage.Status.FAILED);
        } finally {
            SmtpServerResource.startServer();
        }
        EmailMessage failed = emails.oneForEvent(id);
        assertEquals(8, failed.attempts, "chorus.notification.sender.max-attempts in the test profile");
        assertNotNull(failed.lastError);
        assertNotNull(failed.failedAt);
        assertThat(emails.rowAsText(id), not(containsString(address)));
        assertThat(DeliveryEventsTest.report(failed.id, "email.failed").value(), not(containsString(address)));

        Thread.sleep(1_500);
        assertEquals(0, Mailbox.to(address).size(), "a FAILED email is not sent later");
    }

    private int attempts(UUID eventId) {
        List<EmailMessage> rows = emails.forEvent(eventId);
        return rows.isEmpty() ? 0 : rows.get(0).attempts;
    }

    private EmailMessage.Status status(UUID eventId) {
        List<EmailMessage> rows = emails.forEvent(eventId);
        return rows.isEmpty() ? null : rows.get(0).status;
    }
}
