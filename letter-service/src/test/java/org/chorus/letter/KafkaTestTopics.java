package org.chorus.letter;

import org.chorus.testing.kafka.KafkaBrokerResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against one real embedded Kafka broker with the topics the service reads. */
@QuarkusTestResource(value = KafkaBrokerResource.class, initArgs = @ResourceArg(name = "topics",
        value = "signatures,signatures.dlq,petitions,petitions.dlq,letters,deliveries,deliveries.dlq"))
public class KafkaTestTopics {
}
