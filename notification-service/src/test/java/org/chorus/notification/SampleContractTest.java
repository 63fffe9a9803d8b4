package org.chorus.notification;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchema;
import static org.hamcrest.MatcherAssert.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The committed samples this service is tested with must match the producer's schemas: the producer owns them. */
class SampleContractTest {

    private static final Path SCHEMAS = Path.of("../petition-service/src/main/resources/schemas");
    private static final Path LETTER_SCHEMAS = Path.of("../letter-service/src/main/resources/schemas");

    @Test
    void submittedSampleMatchesTheProducersSchema() throws IOException {
        assertMatches(SignatureEvents.SUBMITTED_SAMPLE, "signature.submitted.schema.json");
    }

    @Test
    void confirmedSampleMatchesTheProducersSchema() throws IOException {
        assertMatches(SignatureEvents.CONFIRMED_SAMPLE, "signature.confirmed.schema.json");
    }

    @Test
    void withdrawnSampleMatchesTheProducersSchema() throws IOException {
        assertMatches(SignatureEvents.WITHDRAWN_SAMPLE, "signature.withdrawn.schema.json");
    }

    @Test
    void invalidatedSampleMatchesTheProducersSchema() throws IOException {
        assertMatches(SignatureEvents.INVALIDATED_SAMPLE, "signature.invalidated.schema.json");
    }

    @Test
    void milestoneSampleMatchesTheProducersSchema() throws IOException {
        assertMatches(PetitionEvents.MILESTONE_SAMPLE, "petition.milestone-reached.schema.json");
    }

    @Test
    void letterSamplesMatchTheProducersSchemas() throws IOException {
        assertMatches(LetterEvents.LETTER_SAMPLE, LETTER_SCHEMAS.resolve("letter.dispatch-requested.schema.json"));
        assertMatches(LetterEvents.BATCH_SAMPLE, LETTER_SCHEMAS.resolve("batch.dispatched.schema.json"));
    }

    private static void assertMatches(Path sample, String dataSchema) throws IOException {
        assertMatches(sample, SCHEMAS.resolve(dataSchema));
    }

    private static void assertMatches(Path sample, Path dataSchema) throws IOException {
        String event = Files.readString(sample);
        JsonNode data = new ObjectMapper().readTree(event).get("data");
        assertThat(event, matchesJsonSchema(schema(SCHEMAS.resolve("cloudevent.schema.json"))));
        assertThat(data.toString(), matchesJsonSchema(schema(dataSchema)));
    }

    private static File schema(Path path) {
        File file = path.toFile();
        if (!file.isFile()) {
            throw new AssertionError("the producer's schema " + file + " is missing");
        }
        return file;
    }
}
