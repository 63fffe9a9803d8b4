package org.chorus.mailbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The local platform's mail server: everything the services send over SMTP is kept in memory and shown at
 * {@code http://localhost:8025/} and {@code /api/messages}. Listens on the loopback interface only.
 */
public final class MailboxServer implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";

    private final SmtpReceiver smtp;
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MailboxServer(SmtpReceiver smtp, HttpServer http, ExecutorService httpThreads) {
        this.smtp = smtp;
        this.http = http;
        this.httpThreads = httpThreads;
    }

    public static void main(String[] args) {
        try {
            MailboxConfig config = MailboxConfig.fromEnvironment(System.getenv());
            MailboxServer server = start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mailbox-shutdown"));
            System.out.println("mailbox: SMTP on " + LOOPBACK + ":" + server.smtpPort()
                    + ", web on http://localhost:" + server.httpPort() + "/, keeps the newest "
                    + config.maxMessages() + " messages");
        } catch (PortInUseException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    static MailboxServer start(MailboxConfig config) throws PortInUseException {
        MessageStore store = new MessageStore(config.maxMessages());
        SmtpReceiver smtp = new SmtpReceiver(config.smtpPort(), new StoringDeliveryHandler(store, new MessageParser()));
        smtp.start();
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), config.httpPort()), 0);
        } catch (BindException e) {
            smtp.close();
            throw new PortInUseException(config.httpPort(), "MAILBOX_HTTP_PORT");
        } catch (IOException e) {
            smtp.close();
            throw new IllegalStateException("mailbox: cannot open the web port " + config.httpPort(), e);
        }
        http.createContext("/", routes(store, config.smtpPort()));
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        http.setExecutor(httpThreads);
        http.start();
        return new MailboxServer(smtp, http, httpThreads);
    }

    private static Router routes(MessageStore store, int smtpPort) {
        MessagesApi api = new MessagesApi(store);
        MailboxPages pages = new MailboxPages(store, smtpPort);
        return new Router()
                .add("GET", "/health", (exchange, parameters) -> Responses.json(exchange, 200, new Health("UP")))
                .add("GET", "/api/messages", api::list)
                .add("DELETE", "/api/messages", api::clear)
                .add("GET", "/api/messages/([^/]+)", api::one)
                .add("GET", "/", pages::index)
                .add("GET", "/messages/([^/]+)", pages::message);
    }

    int smtpPort() {
        return smtp.port();
    }

    int httpPort() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            // JDK 17 waits out the whole delay even when idle; a local mailbox has nothing worth waiting for.
            http.stop(0);
            httpThreads.shutdownNow();
            smtp.close();
        }
    }

    private record Health(String status) {
    }
}
