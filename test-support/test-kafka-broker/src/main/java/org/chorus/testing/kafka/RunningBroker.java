package org.chorus.testing.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** One embedded broker whose port, cluster id and log directory survive a stop, so that it can come back as it was. */
public final class RunningBroker implements AutoCloseable {

    private final int kafkaPort;
    private final int controllerPort;
    private final String clusterId;
    private final Path logDir;
    private EmbeddedKafkaBroker broker;

    private RunningBroker(int kafkaPort, int controllerPort, String clusterId, Path logDir) {
        this.kafkaPort = kafkaPort;
        this.controllerPort = controllerPort;
        this.clusterId = clusterId;
        this.logDir = logDir;
    }

    static RunningBroker start(int kafkaPort, int controllerPort, String clusterId, Path logDir) {
        RunningBroker running = new RunningBroker(kafkaPort, controllerPort, clusterId, logDir);
        running.startBroker();
        return running;
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    public synchronized boolean isRunning() {
        return broker != null && broker.isRunning();
    }

    /** Stops the broker and keeps its data. */
    public synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Starts the broker again on the same port with the data it had. */
    public synchronized void startBroker() {
        if (broker != null) {
            return;
        }
        broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withKafkaHost("localhost")
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.setProperty("log.dirs", logDir.toString());
                    p.setProperty("num.partitions", "3");
                    p.setProperty("auto.create.topics.enable", "false");
                    p.setProperty("group.initial.rebalance.delay.ms", "0");
                })
                .start();
    }

    @Override
    public synchronized void close() {
        stopBroker();
        deleteRecursively(logDir);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
