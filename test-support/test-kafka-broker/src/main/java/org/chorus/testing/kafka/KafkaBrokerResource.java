package org.chorus.testing.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs a real single-node KRaft broker inside the test JVM and points the application at it.
 * Topics are created before the application starts, so that consumers find them when they subscribe.
 * Init arg {@code topics}: comma-separated topic names (3 partitions each).
 * Tests may stop and restart the broker (same port, same data) to prove that nothing is lost while it is down.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static final int PARTITIONS = 3;

    private static volatile RunningBroker current;

    private List<String> topics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.getOrDefault("topics", "");
        topics = Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Map<String, String> start() {
        RunningBroker broker = RunningBroker.start(freePort(), freePort(), Uuid.randomUuid().toString(), tempDir());
        current = broker;
        createTopics(broker.bootstrapServers(), topics);
        // Also at connector level: Quarkus takes KAFKA_* environment variables as Kafka settings, and a
        // KAFKA_BOOTSTRAP_SERVERS in the environment of the test run must not point the channels elsewhere.
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                "mp.messaging.connector.smallrye-kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** The broker of the running test, for tests that take it down and bring it back. */
    public static RunningBroker broker() {
        if (current == null) {
            throw new IllegalStateException("no test Kafka broker is running");
        }
        return current;
    }

    public static void createTopics(String bootstrapServers, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<NewTopic> newTopics = names.stream().map(n -> new NewTopic(n, PARTITIONS, (short) 1)).toList();
            for (KafkaFuture<Void> created : admin.createTopics(newTopics).values().values()) {
                awaitCreated(created);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create test topics " + names, e);
        }
    }

    /**
     * A topic that exists is what was asked for: on a slow machine the admin client sends a request again when the
     * broker answers it late, and the broker then answers the repeat that the topic exists (it created it the first
     * time).
     */
    private static void awaitCreated(KafkaFuture<Void> created)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            created.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("chorus-test-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
