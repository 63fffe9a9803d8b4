package org.chorus.petition;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;

import org.chorus.testing.kafka.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks that what this service publishes keeps the contract its consumers test their samples against. */
final class EventSchemas {

    private EventSchemas() {
    }

    static void assertConforms(String cloudEvent, String type) {
        assertThat(cloudEvent, matchesJsonSchemaInClasspath("schemas/cloudevent.schema.json"));
        JsonNode data = TopicReader.parse(cloudEvent).path("data");
        assertThat(data.toString(), matchesJsonSchemaInClasspath("schemas/" + type + ".schema.json"));
    }
}
