package org.chorus.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free port, with the mailer pointed at it. Tests may take it down and bring
 * a fresh one up on the same port, to prove that an email waits and is retried while SMTP is unreachable.
 */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = "127.0.0.1";

    private static volatile int port;
    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        port = freePort();
        startServer();
        return Map.of("quarkus.mailer.host", HOST, "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static synchronized void startServer() {
        if (server != null) {
            return;
        }
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(10_000);
        GreenMail greenMail = new GreenMail(setup);
        greenMail.start();
        server = greenMail;
    }

    /** Stops the server; what it had received is gone with it. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static int port() {
        return port;
    }

    public static synchronized MimeMessage[] received() {
        return server == null ? new MimeMessage[0] : server.getReceivedMessages();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
