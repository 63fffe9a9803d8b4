package org.chorus.letter;

import org.chorus.testing.kafka.KafkaBrokerResource;
import org.chorus.testing.postgres.DatabaseAccessRestored;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against one real embedded Kafka broker with the topics the service reads, and the
 * real PostgreSQL with its test database accepting connections.
 */
@QuarkusTestResource(value = KafkaBrokerResource.class, initArgs = @ResourceArg(name = "topics",
        value = "signatures,signatures.dlq,petitions,petitions.dlq,letters,deliveries,deliveries.dlq,names-sent"))
@QuarkusTestResource(value = DatabaseAccessRestored.class, initArgs = @ResourceArg(name = "database",
        value = "chorus_letter_test"))
public class KafkaTestTopics {
}
