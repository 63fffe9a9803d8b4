package org.chorus.notification;

import org.chorus.testing.kafka.KafkaBrokerResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against one real embedded Kafka broker and one real SMTP server. */
@QuarkusTestResource(value = KafkaBrokerResource.class, initArgs = @ResourceArg(name = "topics",
        value = "signatures,signatures.dlq,petitions,petitions.dlq,deliveries,letters,letters.dlq"))
@QuarkusTestResource(SmtpServerResource.class)
public class TestServers {
}
