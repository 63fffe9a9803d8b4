package org.chorus.testing.bodies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a JSON body to one running service straight (past the gateway), the ways a client can: with its length
 * declared, chunked, or as raw HTTP/1.1 over a socket. (java.net.http rather than REST Assured, which would
 * pretty-print such a body into gigabytes when a check fails.)
 */
public final class BodyRequests {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final URI root;

    public BodyRequests(URI root) {
        this.root = root;
    }

    /** With its length declared; within the limit, the service answers 100 Continue and reads the body. */
    public Answer send(Endpoint endpoint, String body) throws IOException, InterruptedException {
        return answer(request(endpoint).expectContinue(true)
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A body from an InputStream has no declared length: it goes out chunked. */
    public Answer stream(Endpoint endpoint, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return answer(request(endpoint).method(endpoint.method(),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    /** The head alone, declaring a length and waiting for 100 Continue. */
    public Answer declare(Endpoint endpoint, long length) throws IOException {
        return raw(endpoint, "", "Content-Length: " + length, "Expect: 100-continue");
    }

    /**
     * The head with {@code headers}, then {@code body} as it is, over a plain socket: java.net.http of Java 17 drops
     * the body of a final answer to Expect: 100-continue, then waits for it forever, and cannot send a broken body.
     * Reads to the end, which also checks that the service closes the connection, whose unread body could not carry
     * another request.
     */
    public Answer raw(Endpoint endpoint, String body, String... headers) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            String request = head(endpoint, headers) + body;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = answer.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Answer(Integer.parseInt(answer.substring(9, 12)), contentType,
                    answer.substring(answer.indexOf("\r\n\r\n") + 4));
        }
    }

    private HttpRequest.Builder request(Endpoint endpoint) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(endpoint.path()))
                .header("Content-Type", "application/json");
        endpoint.headers().forEach(request::header);
        return request;
    }

    private static Answer answer(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private String head(Endpoint endpoint, String... headers) {
        StringBuilder head = new StringBuilder(endpoint.method()).append(' ').append(endpoint.path())
                .append(" HTTP/1.1\r\nHost: ").append(root.getAuthority())
                .append("\r\nContent-Type: application/json\r\n");
        for (Map.Entry<String, String> header : endpoint.headers().entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }
}
