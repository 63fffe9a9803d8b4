package org.chorus.systemtests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform, started exactly as the README tells a user ({@code deploy/local/chorus up}), and stopped
 * the way a user stops it (Ctrl-C is SIGINT; a service manager sends SIGTERM, which is what this sends).
 */
final class LocalPlatform implements AutoCloseable {

    static final String GATEWAY = "http://localhost:8080";
    static final String MAILBOX = "http://localhost:8025";
    static final String KEYCLOAK = "http://localhost:8180";

    /** Every port the platform listens on; after a stop none may still be taken. */
    static final List<Integer> PORTS = List.of(8080, 8081, 8082, 8083, 8084, 8180, 9092, 2525, 8025);

    private static final List<String> READY_URLS = List.of(
            "http://localhost:8081/q/health/ready", "http://localhost:8082/q/health/ready",
            "http://localhost:8083/q/health/ready", "http://localhost:8084/q/health/ready", GATEWAY + "/q/health/ready", MAILBOX + "/health",
            KEYCLOAK + "/realms/chorus/.well-known/openid-configuration");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    static final int MAIL_PER_SECOND = 20;

    private final Process process;
    private final Path log;
    private final Duration startup;

    private LocalPlatform(Process process, Path log, Duration startup) {
        this.process = process;
        this.log = log;
        this.startup = startup;
    }

    static LocalPlatform start() throws IOException, InterruptedException {
        Path repo = Path.of(System.getProperty("chorus.repo", "..")).toAbsolutePath().normalize();
        Path log = repo.resolve("system-tests/target/platform.log");
        Files.createDirectories(log.getParent());
        TestDatabases.dropAll();
        long started = System.nanoTime();
        ProcessBuilder command = new ProcessBuilder(repo.resolve("deploy/local/chorus").toString(), "up");
        // emails leave at 20 a second (README: CHORUS_MAIL_MAX_PER_SECOND), so that a burst of signatures leaves a
        // queue that LocalPlatformIT can crash notification-service in the middle of
        command.environment().put("CHORUS_MAIL_MAX_PER_SECOND", String.valueOf(MAIL_PER_SECOND));
        command.environment().put("CHORUS_DB_SUFFIX", TestDatabases.SUFFIX);
        Process process = command
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        process.getOutputStream().close();
        long deadline = started + START_TIMEOUT.toNanos();
        // The URLs answer during the training run after a build too, so the start command's own word comes first.
        while (!saidUp(log) || !allReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform stopped while starting (exit " + process.exitValue()
                        + "):\n" + tail(log));
            }
            if (System.nanoTime() > deadline) {
                process.destroy();
                throw new IllegalStateException("the platform was not ready within " + START_TIMEOUT + ":\n" + tail(log));
            }
            Thread.sleep(1_000);
        }
        return new LocalPlatform(process, log, Duration.ofNanos(System.nanoTime() - started));
    }

    Duration startup() {
        return startup;
    }

    boolean isRunning() {
        return process.isAlive();
    }

    String output() {
        return tail(log);
    }

    /** Stops the platform; returns the exit code of the start command. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the platform did not stop within 90 s:\n" + tail(log));
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    static boolean portInUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The start command has printed that the platform is up, as a user waits for it to. */
    private static boolean saidUp(Path log) {
        try {
            return Files.readString(log).contains("Chorus is up");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean allReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (String url : READY_URLS) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
