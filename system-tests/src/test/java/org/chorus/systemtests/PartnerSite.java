package org.chorus.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner organization's web site on an origin of its own (http://127.0.0.1:port, where Chorus is
 * http://localhost:8080): a page with the widget's script tag and a script of the partner's, served with a strict
 * Content-Security-Policy that allows scripts and frames only from itself and from Chorus.
 */
final class PartnerSite implements AutoCloseable {

    static final String POLICY = "default-src 'none'; script-src 'self' http://localhost:8080; "
            + "frame-src http://localhost:8080; connect-src http://localhost:8080; base-uri 'none'; form-action 'none'";

    private final HttpServer server;

    private PartnerSite(HttpServer server) {
        this.server = server;
    }

    /** @param partnerSlug the partner named in the widget's data-partner attribute */
    static PartnerSite start(String partnerSlug) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String page = resource("index.html").replace("PARTNER_SLUG", partnerSlug);
        String script = resource("host.js");
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                send(exchange, "text/html; charset=utf-8", page);
            } else if (path.equals("/host.js")) {
                send(exchange, "text/javascript; charset=utf-8", script);
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        server.start();
        return new PartnerSite(server);
    }

    /** The site's origin, as a browser names it in Origin headers and as a partner registers it. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PartnerSite.class.getResourceAsStream("/partner-site/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
