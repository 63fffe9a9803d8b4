package org.chorus.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

/** A mailbox started on free ports, with a real SMTP client and a real HTTP client pointed at it. */
final class TestMailbox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailboxServer server;
    private final Session smtp;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestMailbox(MailboxServer server) {
        this.server = server;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", MailboxServer.LOOPBACK);
        properties.put("mail.smtp.port", String.valueOf(server.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        this.smtp = Session.getInstance(properties);
    }

    static TestMailbox start() throws Exception {
        return start(MailboxConfig.DEFAULT_MAX_MESSAGES);
    }

    static TestMailbox start(int maxMessages) throws Exception {
        return new TestMailbox(MailboxServer.start(new MailboxConfig(freePort(), freePort(), maxMessages)));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(MailboxServer.LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    int smtpPort() {
        return server.smtpPort();
    }

    void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        try (Transport transport = smtp.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    HttpResponse<String> request(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return request("GET", path);
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    void clear() throws IOException, InterruptedException {
        assertEquals(204, request("DELETE", "/api/messages").statusCode());
    }

    @Override
    public void close() {
        server.close();
    }
}
