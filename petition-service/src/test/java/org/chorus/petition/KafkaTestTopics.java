package org.chorus.petition;

import org.chorus.testing.kafka.KafkaBrokerResource;
import org.chorus.testing.postgres.DatabaseAccessRestored;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against one real embedded Kafka broker with the service's topics, and the real
 * PostgreSQL with its test database accepting connections.
 */
@QuarkusTestResource(value = KafkaBrokerResource.class, initArgs = @ResourceArg(name = "topics",
        value = "signatures,signatures.dlq,petitions,names-sent,names-sent.dlq"))
@QuarkusTestResource(value = DatabaseAccessRestored.class, initArgs = @ResourceArg(name = "database",
        value = "chorus_petition_test"))
public class KafkaTestTopics {
}
