package org.chorus.mailbox;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** GreenMail's SMTP server on the loopback interface, accepting any sender and recipient without login. */
final class SmtpReceiver implements AutoCloseable {

    private final int port;
    private final GreenMail greenMail;

    SmtpReceiver(int port, StoringDeliveryHandler delivery) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, MailboxServer.LOOPBACK, ServerSetup.PROTOCOL_SMTP))
                // Services configured with an SMTP user and password must be let in whatever they send.
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.getUserManager().setMessageDeliveryHandler(delivery);
    }

    void start() throws PortInUseException {
        // GreenMail reports a taken port only as a generic start failure, after its start-up timeout.
        if (isTaken(port)) {
            throw new PortInUseException(port, "MAILBOX_SMTP_PORT");
        }
        try {
            greenMail.start();
        } catch (IllegalStateException e) {
            greenMail.stop();
            if (isTaken(port)) {
                throw new PortInUseException(port, "MAILBOX_SMTP_PORT");
            }
            throw e;
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static boolean isTaken(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(MailboxServer.LOOPBACK))) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
