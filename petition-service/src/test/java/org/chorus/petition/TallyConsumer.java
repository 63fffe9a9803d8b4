package org.chorus.petition;

import java.time.Duration;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.chorus.petition.messaging.TallyListener;
import org.chorus.testing.kafka.ConsumerGroup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * What a test can know of the tally consumer without waiting a while: whether it has met a database outage (it
 * retries its batch: SmallRye Fault Tolerance's metric), whether its group is settled, whether it is done with a
 * record (its group has committed past it, so the record is counted or dead-lettered).
 */
final class TallyConsumer {

    static final String GROUP = "petition-service-tally";
    static final Duration WAIT = Duration.ofSeconds(60);

    private TallyConsumer() {
    }

    static long retries() {
        Counter retries = Metrics.globalRegistry.find("ft.retry.retries.total")
                .tag("method", TallyListener.class.getName() + ".onEvents").counter();
        return retries == null ? 0 : (long) retries.count();
    }

    static void awaitSettled() throws Exception {
        ConsumerGroup.awaitSettled(GROUP, 1, WAIT);
    }

    static void awaitDoneWith(RecordMetadata record) throws Exception {
        ConsumerGroup.awaitCommittedPast(GROUP, record, WAIT);
    }
}
