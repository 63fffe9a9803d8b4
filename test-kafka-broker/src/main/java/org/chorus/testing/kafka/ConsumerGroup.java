package org.chorus.testing.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's consumer group as the broker sees it. A test that holds a batch in flight on purpose (a database
 * outage, say) must first let the group settle: a member that joins meanwhile revokes every partition, and the
 * batch is delivered again afterwards, which is Kafka's at-least-once and not what such a test is about.
 */
public final class ConsumerGroup {

    private ConsumerGroup() {
    }

    /** Waits until the group is stable with {@code members} members, each of them assigned partitions. */
    public static void awaitSettled(String group, int members, Duration timeout) throws Exception {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
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

    private static boolean settled(ConsumerGroupDescription group, int members) {
        return group.groupState() == GroupState.STABLE && group.members().size() == members
                && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
    }
}
