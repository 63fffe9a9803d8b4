package org.chorus.notification;

import org.chorus.testing.kafka.KafkaBrokerResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against one real embedded Kafka broker and one real SMTP server, and the real
 * PostgreSQL with its test database accepting connections.
 */
@QuarkusTestResource(value = KafkaBrokerResource.class, initArgs = @ResourceArg(name = "topics",
        value = "signatures,signatures.dlq,petitions,petitions.dlq,deliveries,letters,letters.dlq"))
@QuarkusTestResource(SmtpServerResource.class)
@QuarkusTestResource(DatabaseAccessRestored.class)
public class TestServers {
}
