package org.chorus.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The records whose dead letters Kafka has lately taken, so that none is sent twice when its batch is delivered
 * again. Kafka delivers again the records it delivered since the group's last commit whenever their partition is
 * revoked before they are acknowledged: a batch that waits for the database when the group rebalances (a member joins
 * or leaves) is read again and, once the database is back, applied twice; its records set aside would each be sent
 * twice. A record is known by where it was read and when it was written (a topic deleted and created again starts its
 * offsets over), and by the dead-letter topic it went to.
 *
 * <p>Only the last {@value #REMEMBERED} are kept: a batch is delivered again from the group's last commit, which
 * SmallRye makes every 5 s and whenever partitions are revoked, so even a spike of 1,100 signatures a second each set
 * aside would need fewer. What this instance did not send itself (before a restart, or while another instance had
 * the partition) it cannot know: its dead letters may come twice, which their readers must tolerate (DeadLetters).
 */
final class SentDeadLetters {

    static final int REMEMBERED = 10_000;

    private record Sent(String deadLetterTopic, String topic, int partition, long offset, long timestamp) {

        static Sent of(String deadLetterTopic, ConsumerRecord<String, String> record) {
            return new Sent(deadLetterTopic, record.topic(), record.partition(), record.offset(), record.timestamp());
        }
    }

    private final Map<Sent, Boolean> sent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sent, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized boolean contains(String deadLetterTopic, ConsumerRecord<String, String> record) {
        return sent.containsKey(Sent.of(deadLetterTopic, record));
    }

    synchronized void add(String deadLetterTopic, ConsumerRecord<String, String> record) {
        sent.put(Sent.of(deadLetterTopic, record), Boolean.TRUE);
    }
}
