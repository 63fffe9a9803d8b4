package org.chorus.testing.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's consumer group as the broker sees it. A test that holds a batch in flight on purpose (a database
 * outage, say) must first let the group settle: a member that joins meanwhile revokes every partition, and the
 * batch is delivered again afterwards, which is Kafka's at-least-once. A test about that delivery makes it happen
 * ({@link #rebalance}), and knows that the application is done with a record once the group has committed past it.
 */
public final class ConsumerGroup {

    /** The topic the member of {@link #rebalance} reads: none of the application's consumers does. */
    private static final String REBALANCE_TOPIC = "test-rebalance";

    private ConsumerGroup() {
    }

    /** Waits until the group is stable with {@code members} members, each of them assigned partitions. */
    public static void awaitSettled(String group, int members, Duration timeout) throws Exception {
        try (Admin admin = admin()) {
            long deadline = System.nanoTime() + timeout.toNanos();
            ConsumerGroupDescription seen = null;
            while (System.nanoTime() < deadline) {
                seen = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                        .get(10, TimeUnit.SECONDS);
                if (settled(seen, members)) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("consumer group " + group + " did not settle with " + members + " members within "
                    + timeout + ": " + (seen == null ? "not described" : seen.groupState() + ", "
                            + seen.members().size() + " members"));
        }
    }

    /**
     * A member joins the group and leaves it, as a service instance starting and stopping would. The group rebalances
     * twice; each time every member gives up its partitions and takes them back at the group's committed offsets, so
     * that the records of a batch still in flight are delivered again. Returns once the member has been given its
     * partition (every other member had rejoined by then) and has left; {@link #awaitSettled} then waits for the
     * second rebalance, after which the records fetched again stay with their consumer.
     */
    public static void rebalance(String group, Duration timeout) throws Exception {
        createRebalanceTopic();
        try (KafkaConsumer<String, String> member = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            member.subscribe(List.of(REBALANCE_TOPIC));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (member.assignment().isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("a member did not join consumer group " + group + " within " + timeout);
                }
                member.poll(Duration.ofMillis(200));
            }
        }
    }

    /**
     * Waits until the group has committed an offset past {@code record}: every record of its partition up to it is
     * processed, dead letters included (a consumer acknowledges a record it sets aside once Kafka has its dead
     * letter).
     */
    public static void awaitCommittedPast(String group, RecordMetadata record, Duration timeout) throws Exception {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = admin()) {
            long deadline = System.nanoTime() + timeout.toNanos();
            long committed = -1;
            while (System.nanoTime() < deadline) {
                OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS).get(partition);
                committed = offset == null ? -1 : offset.offset();
                if (committed > record.offset()) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("consumer group " + group + " did not commit past offset " + record.offset()
                    + " of " + partition + " within " + timeout + "; committed: " + committed);
        }
    }

    private static boolean settled(ConsumerGroupDescription group, int members) {
        return group.groupState() == GroupState.STABLE && group.members().size() == members
                && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
    }

    private static void createRebalanceTopic() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(REBALANCE_TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
