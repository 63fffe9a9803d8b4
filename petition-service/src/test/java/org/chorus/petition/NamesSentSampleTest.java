package org.chorus.petition;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchema;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chorus.petition.events.NamesSent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The committed batch.names-sent sample matches letter-service's schema (the producer owns it) and reads here. */
class NamesSentSampleTest {

    static final Path SAMPLE = Path.of("src/test/resources/samples/batch.names-sent.json");
    private static final File SCHEMA = new File("../letter-service/src/main/resources/schemas/batch.names-sent.schema.json");

    @Test
    void theSampleMatchesTheProducersSchemaAndReads() throws IOException {
        JsonNode data = new ObjectMapper().readTree(Files.readString(SAMPLE)).get("data");
        assertThat(data.toString(), matchesJsonSchema(SCHEMA));
        NamesSent sent = new ObjectMapper().registerModule(new JavaTimeModule()).treeToValue(data, NamesSent.class);
        assertEquals(List.of("FR", "GB"), sent.named().get(0).targets());
    }
}
