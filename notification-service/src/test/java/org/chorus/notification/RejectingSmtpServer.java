package org.chorus.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that takes the test server's place and refuses every recipient with {@code 550 5.1.1}, as a mail
 * server does for an address that does not exist. It speaks just enough SMTP for a client to try.
 */
public final class RejectingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    private RejectingSmtpServer(int port) throws IOException {
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        acceptor = new Thread(this::accept, "rejecting-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Stops the test SMTP server and listens on its port instead. */
    public static RejectingSmtpServer replaceTheTestServer() {
        SmtpServerResource.stopServer();
        try {
            return new RejectingSmtpServer(SmtpServerResource.port());
        } catch (IOException e) {
            SmtpServerResource.startServer();
            throw new UncheckedIOException(e);
        }
    }

    /** Stops listening and brings the test SMTP server back on its port. */
    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            SmtpServerResource.startServer();
        }
    }

    /** One thread per connection: a mail client keeps idle connections open, and must not block the next one. */
    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread conversation = new Thread(() -> converseAndClose(client), "rejecting-smtp-client");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException e) {
                // the socket was closed: the loop ends
            }
        }
    }

    private static void converseAndClose(Socket client) {
        try (client) {
            converse(client);
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void converse(Socket client) throws IOException {
        client.setSoTimeout(10_000);
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 rejecting.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 rejecting.test");
            } else if (command.startsWith("MAIL FROM")) {
                reply(out, "250 2.1.0 OK");
            } else if (command.startsWith("RCPT TO")) {
                reply(out, "550 5.1.1 " + line.substring(line.indexOf(':') + 1).trim() + ": no such mailbox");
            } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                reply(out, "250 2.0.0 OK");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 2.0.0 bye");
                return;
            } else if (command.startsWith("DATA")) {
                reply(out, "503 5.5.1 no valid recipients");
            } else {
                reply(out, "502 5.5.2 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
