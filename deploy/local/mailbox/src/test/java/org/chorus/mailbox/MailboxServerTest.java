package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
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
    void portThatIsNotANumberIsRefusedWithTheVariableName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailboxConfig.fromEnvironment(Map.of("MAILBOX_HTTP_PORT", "80a")));
        assertEquals("MAILBOX_HTTP_PORT must be a port number from 1 to 65535, not \"80a\"", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MailboxConfig.fromEnvironment(Map.of("MAILBOX_SMTP_PORT", "70000")));
    }
}
