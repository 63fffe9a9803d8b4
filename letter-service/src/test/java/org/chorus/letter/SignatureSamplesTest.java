package org.chorus.letter;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchema;
import static org.hamcrest.MatcherAssert.assertThat;

import java.io.File;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The producer owns the contract: the samples this consumer is tested with must match its committed schemas. */
class SignatureSamplesTest {

    private static final File SCHEMAS = new File("../petition-service/src/main/resources/schemas");

    @Test
    void confirmedSampleMatchesTheProducersSchema() {
        ObjectNode sample = SignatureEvents.sample("signature.confirmed");
        assertThat(sample.toString(), matchesJsonSchema(new File(SCHEMAS, "cloudevent.schema.json")));
        assertThat(sample.get("data").toString(),
                matchesJsonSchema(new File(SCHEMAS, "signature.confirmed.schema.json")));
    }

    @Test
    void publishedPetitionSampleMatchesTheProducersSchema() {
        ObjectNode sample = SignatureEvents.sample("petition.published");
        assertThat(sample.toString(), matchesJsonSchema(new File(SCHEMAS, "cloudevent.schema.json")));
        assertThat(sample.get("data").toString(),
                matchesJsonSchema(new File(SCHEMAS, "petition.published.schema.json")));
    }

    @Test
    void submittedSampleMatchesTheProducersSchema() {
        ObjectNode sample = SignatureEvents.sample("signature.submitted");
        assertThat(sample.toString(), matchesJsonSchema(new File(SCHEMAS, "cloudevent.schema.json")));
        assertThat(sample.get("data").toString(),
                matchesJsonSchema(new File(SCHEMAS, "signature.submitted.schema.json")));
    }

    @Test
    void withdrawnSampleMatchesTheProducersSchema() {
        ObjectNode sample = SignatureEvents.sample("signature.withdrawn");
        assertThat(sample.toString(), matchesJsonSchema(new File(SCHEMAS, "cloudevent.schema.json")));
        assertThat(sample.get("data").toString(),
                matchesJsonSchema(new File(SCHEMAS, "signature.withdrawn.schema.json")));
    }

    @Test
    void invalidatedSampleMatchesTheProducersSchema() {
        ObjectNode sample = SignatureEvents.sample("signature.invalidated");
        assertThat(sample.toString(), matchesJsonSchema(new File(SCHEMAS, "cloudevent.schema.json")));
        assertThat(sample.get("data").toString(),
                matchesJsonSchema(new File(SCHEMAS, "signature.invalidated.schema.json")));
    }

    @Test
    void eventsBuiltForTheTestsMatchTheProducersSchema() {
        UUID any = UUID.randomUUID();
        String named = SignatureEvents.confirmed(any, any, "a-petition", any, "MM", "Aung K.");
        String anonymous = SignatureEvents.confirmedWithoutDisplayNameField(any, any, "a-petition", any, "TH");
        for (String event : new String[] { named, anonymous }) {
            assertThat(event, matchesJsonSchema(new File(SCHEMAS, "cloudevent.schema.json")));
            assertThat(SignatureEvents.dataOf(event),
                    matchesJsonSchema(new File(SCHEMAS, "signature.confirmed.schema.json")));
        }
    }
}
