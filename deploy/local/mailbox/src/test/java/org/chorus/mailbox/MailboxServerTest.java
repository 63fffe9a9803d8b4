package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailboxServerTest {

    @Test
    void takenSmtpPortIsReportedInOneSentence() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(MailboxServer.LOOPBACK))) {
            MailboxConfig config = new MailboxConfig(taken.getLocalPort(), TestMailbox.freePort());

            PortInUseException e = assertThrows(PortInUseException.class, () -> MailboxServer.start(config));

            assertEquals("port " + taken.getLocalPort()
                    + " is already in use: stop whatever holds it or set MAILBOX_SMTP_PORT", e.getMessage());
        }
    }

    @Test
    void takenHttpPortIsReportedAndSmtpPortIsFreedAgain() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(MailboxServer.LOOPBACK))) {
            int smtpPort = TestMailbox.freePort();
            MailboxConfig config = new MailboxConfig(smtpPort, taken.getLocalPort());

            PortInUseException e = assertThrows(PortInUseException.class, () -> MailboxServer.start(config));

            assertEquals("port " + taken.getLocalPort()
                    + " is already in use: stop whatever holds it or set MAILBOX_HTTP_PORT", e.getMessage());
            MailboxServer.start(new MailboxConfig(smtpPort, TestMailbox.freePort())).close();
        }
    }

    @Test
    void portsDefaultToTheLocalPlatformsAndComeFromTheEnvironment() {
        assertEquals(new MailboxConfig(2525, 8025), MailboxConfig.fromEnvironment(Map.of()));
        assertEquals(new MailboxConfig(12525, 18025),
                MailboxConfig.fromEnvironment(Map.of("MAILBOX_SMTP_PORT", "12525", "MAILBOX_HTTP_PORT", " 18025 ")));
    }

    @Test
    void keptMessagesDefaultTo2000AndComeFromTheEnvironment() {
        assertEquals(2000, MailboxConfig.fromEnvironment(Map.of()).maxMessages());
        assertEquals(50, MailboxConfig.fromEnvironment(Map.of("MAILBOX_MAX_MESSAGES", " 50 ")).maxMessages());
    }

    @Test
    void keptMessagesThatAreNotAPositiveNumberAreRefusedWithTheVariableName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailboxConfig.fromEnvironment(Map.of("MAILBOX_MAX_MESSAGES", "0")));
        assertEquals("MAILBOX_MAX_MESSAGES must be a whole number of at least 1, not \"0\"", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MailboxConfig.fromEnvironment(Map.of("MAILBOX_MAX_MESSAGES", "many")));
    }

    @Test
    void mailboxKeepsOnlyTheNewestMessagesItIsConfiguredFor() throws Exception {
        try (TestMailbox mailbox = TestMailbox.start(3)) {
            for (int i = 1; i <= 5; i++) {
                mailbox.send(TestMails.plain("signer" + i + "@example.org", "Mail " + i, "text " + i));
            }

            List<String> subjects = new ArrayList<>();
            mailbox.getJson("/api/messages").forEach(message -> subjects.add(message.get("subject").asText()));
            assertEquals(List.of("Mail 5", "Mail 4", "Mail 3"), subjects);
            assertEquals(0, mailbox.getJson("/api/messages?to=signer1@example.org").size());
        }
    }

    @Test
    void portThatIsNotANumberIsRefusedWithTheVariableName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailboxConfig.fromEnvironment(Map.of("MAILBOX_HTTP_PORT", "80a")));
        assertEquals("MAILBOX_HTTP_PORT must be a port number from 1 to 65535, not \"80a\"", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MailboxConfig.fromEnvironment(Map.of("MAILBOX_SMTP_PORT", "70000")));
    }
}
