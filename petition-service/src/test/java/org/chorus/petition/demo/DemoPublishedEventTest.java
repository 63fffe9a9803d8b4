package org.chorus.petition.demo;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chorus.petition.Petition;
import org.chorus.petition.events.PetitionPublished;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** What letter-service learns of the demo campaign: its five demands, in English and in Burmese. */
class DemoPublishedEventTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theDemoPetitionsEventCarriesItsFiveDemandsInBurmeseToo() {
        Petition demo = DemoCampaign.petition(DemoCampaign.read(MAPPER), Instant.parse("2025-05-01T08:00:00Z"));
        JsonNode data = MAPPER.valueToTree(PetitionPublished.of(demo));

        assertThat(data.toString(), matchesJsonSchemaInClasspath("schemas/petition.published.schema.json"));
        assertEquals("en", data.path("defaultLocale").asText());
        assertEquals("[\"MM\"]", data.path("sensitiveStates").toString(), "no name goes to Myanmar's government");
        List<String> ids = ids(data.path("demands"));
        assertEquals(List.of("icc-referral", "arms-embargo", "aviation-fuel", "release-detained", "asean"), ids);
        JsonNode my = data.path("translations").path("my");
        assertEquals(ids, ids(my.path("demands")), "the same demands in the same order");
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(demo.translations.get("my").demands().get(ids.get(i)),
                    my.path("demands").path(i).path("text").asText(), ids.get(i));
        }
        assertEquals(demo.translations.get("my").title(), my.path("title").asText());
    }

    private static List<String> ids(JsonNode demands) {
        List<String> ids = new ArrayList<>();
        demands.forEach(d -> ids.add(d.path("id").asText()));
        return ids;
    }
}
